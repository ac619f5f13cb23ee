import type { HttpRequest, HttpResponse, Transport } from '../src/shared/http'

/** A transport that records requests and answers from a queue (or a function). */
export function fakeTransport(answer: (request: HttpRequest) => HttpResponse | Promise<HttpResponse>) {
  const requests: HttpRequest[] = []
  const transport: Transport = async (request) => {
    requests.push(request)
    return answer(request)
  }
  return { transport, requests }
}

export const ok = (data: unknown = {}): HttpResponse => ({ status: 200, data })
