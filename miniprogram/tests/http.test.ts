import { describe, expect, it } from 'vitest'
import { createHttpClient, type AuthSession } from '../src/shared/http'
import { ApiError } from '../src/shared/problem'
import { fakeTransport, ok } from './fakeTransport'

function session(tokens: string[] = ['t1', 't2']): AuthSession & { renewals: number } {
  let current: string | null = null
  const s = {
    renewals: 0,
    peek: () => current,
    ensure: async () => (current ??= tokens[0]),
    renew: async () => {
      s.renewals++
      current = tokens[s.renewals]
      return current
    },
  }
  return s
}

describe('http client', () => {
  it('sends the bearer token, Accept-Language zh-Hans and JSON bodies', async () => {
    const { transport, requests } = fakeTransport(() => ok({ id: 1 }))
    const http = createHttpClient(transport, session())
    const result = await http.post<{ id: number }>('/api/app/bookings', { partySize: 4 })
    expect(result).toEqual({ id: 1 })
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: '/api/app/bookings',
      data: { partySize: 4 },
      headers: { Authorization: 'Bearer t1', 'Accept-Language': 'zh-Hans', 'Content-Type': 'application/json' },
    })
  })

  it('calls anonymous routes without signing in, and with the token when there is one', async () => {
    const { transport, requests } = fakeTransport(() => ok([]))
    const s = session()
    const http = createHttpClient(transport, s)
    await http.get('/api/app/catalog/categories', { auth: 'optional' })
    expect(requests[0].headers.Authorization).toBeUndefined()
    await s.ensure()
    await http.get('/api/app/catalog/categories', { auth: 'optional' })
    expect(requests[1].headers.Authorization).toBe('Bearer t1')
  })

  it('renews the token once on a 401 and retries', async () => {
    const { transport, requests } = fakeTransport((r) => (r.headers.Authorization === 'Bearer t1' ? { status: 401, data: '' } : ok('fine')))
    const s = session()
    const http = createHttpClient(transport, s)
    expect(await http.get('/api/app/loyalty/account')).toBe('fine')
    expect(s.renewals).toBe(1)
    expect(requests.map((r) => r.headers.Authorization)).toEqual(['Bearer t1', 'Bearer t2'])
  })

  it('turns problem details into an ApiError with the code and the Chinese message', async () => {
    const problem = {
      title: 'Space is not free', status: 409, code: 'LocalLife:Booking:SpaceNotFree',
      messages: { 'zh-Hans': '该包间已被预订', en: 'The space is not free' },
    }
    const { transport } = fakeTransport(() => ({ status: 409, data: problem }))
    const http = createHttpClient(transport, session())
    const error = await http.post('/api/app/bookings', {}).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 409, code: 'LocalLife:Booking:SpaceNotFree', message: '该包间已被预订' })
  })

  it('puts query parameters on the URL, arrays as repeated keys, empty ones left out', async () => {
    const { transport, requests } = fakeTransport(() => ok([]))
    const http = createHttpClient(transport, session())
    await http.get('/x', { auth: 'none', query: { partySize: 4, facilities: ['茶台', '大屏幕'], type: undefined, keyword: '' } })
    expect(requests[0].url).toBe('/x?partySize=4&facilities=%E8%8C%B6%E5%8F%B0&facilities=%E5%A4%A7%E5%B1%8F%E5%B9%95')
  })
})
