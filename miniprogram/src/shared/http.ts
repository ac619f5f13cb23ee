import { toApiError } from './problem'
import { toQuery, type QueryValue } from './query'

/** One HTTP exchange, independent of Taro so the client can be tested with a fake transport. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  url: string
  headers: Record<string, string>
  data?: unknown
  /** Binary answer (a PNG) as an ArrayBuffer. */
  binary?: boolean
}

export interface HttpResponse {
  status: number
  data: unknown
}

export type Transport = (request: HttpRequest) => Promise<HttpResponse>

/** A signed-in customer's tokens (a session can always sign in again with a new login code). */
export interface AuthSession {
  /** Valid tokens, signing in first when there are none. */
  ensure(): Promise<string>
  /** The current access token, if any, without signing in. */
  peek(): string | null
  /** After a 401: new tokens (refresh token, else a new login). */
  renew(): Promise<string>
}

/** none: anonymous; optional: the token if there is one (catalog); required: sign in first. */
export type AuthMode = 'none' | 'optional' | 'required'

export interface CallOptions {
  auth?: AuthMode
  query?: Record<string, QueryValue>
}

export interface HttpClient {
  get<T>(path: string, options?: CallOptions): Promise<T>
  post<T>(path: string, body?: unknown, options?: CallOptions): Promise<T>
  put<T>(path: string, body?: unknown, options?: CallOptions): Promise<T>
  delete<T>(path: string, options?: CallOptions): Promise<T>
  bytes(path: string, options?: CallOptions): Promise<ArrayBuffer>
}

/**
 * The API client every feature uses: bearer token, `Accept-Language: zh-Hans` (the API answers problem details in
 * Chinese), one retry after renewing the token on a 401, and an {@link ApiError} for anything not 2xx.
 */
export function createHttpClient(transport: Transport, session: AuthSession): HttpClient {
  async function send(method: HttpRequest['method'], path: string, body: unknown, options: CallOptions, binary = false): Promise<unknown> {
    const auth = options.auth ?? 'required'
    const url = path + toQuery(options.query)
    const exchange = (token: string | null) => {
      const headers: Record<string, string> = { 'Accept-Language': 'zh-Hans', Accept: binary ? 'image/png' : 'application/json' }
      if (body !== undefined) headers['Content-Type'] = 'application/json'
      if (token) headers.Authorization = `Bearer ${token}`
      return transport({ method, url, headers, data: body, binary })
    }
    const token = auth === 'required' ? await session.ensure() : auth === 'optional' ? session.peek() : null
    let response = await exchange(token)
    if (response.status === 401 && auth !== 'none' && token) response = await exchange(await session.renew())
    if (response.status < 200 || response.status >= 300) throw toApiError(response.status, response.data)
    return response.data
  }

  return {
    get: <T>(path: string, options: CallOptions = {}) => send('GET', path, undefined, options) as Promise<T>,
    post: <T>(path: string, body?: unknown, options: CallOptions = {}) => send('POST', path, body ?? {}, options) as Promise<T>,
    put: <T>(path: string, body?: unknown, options: CallOptions = {}) => send('PUT', path, body ?? {}, options) as Promise<T>,
    delete: <T>(path: string, options: CallOptions = {}) => send('DELETE', path, undefined, options) as Promise<T>,
    bytes: (path: string, options: CallOptions = {}) => send('GET', path, undefined, options, true) as Promise<ArrayBuffer>,
  }
}
