import { describe, expect, it } from 'vitest'
import { createSession, type Tokens } from '../src/account/session'
import { fakeTransport, ok } from './fakeTransport'

function memoryStore(initial: Tokens | null = null) {
  let saved = initial
  return { load: () => saved, save: (t: Tokens | null) => { saved = t }, get saved() { return saved } }
}

const form = (data: unknown) => Object.fromEntries(new URLSearchParams(String(data)))

describe('customer session', () => {
  it('signs in with the WeChat grant and the login code, once for concurrent callers', async () => {
    const { transport, requests } = fakeTransport(() => ok({ access_token: 'a1', refresh_token: 'r1', expires_in: 3600 }))
    const store = memoryStore()
    const session = createSession(transport, store, async () => 'sim-alice', () => 0)
    const [a, b] = await Promise.all([session.ensure(), session.ensure()])
    expect([a, b]).toEqual(['a1', 'a1'])
    expect(requests).toHaveLength(1)
    expect(requests[0].url).toBe('/connect/token')
    expect(requests[0].headers['Content-Type']).toBe('application/x-www-form-urlencoded')
    expect(form(requests[0].data)).toEqual({
      client_id: 'locallife-miniprogram', grant_type: 'urn:locallife:wechat_miniprogram', code: 'sim-alice',
      scope: 'offline_access profile locallife.api',
    })
    expect(store.saved).toEqual({ accessToken: 'a1', refreshToken: 'r1', expiresAt: 3_600_000 })
  })

  it('uses stored tokens until a minute before they expire, then the refresh token', async () => {
    const { transport, requests } = fakeTransport(() => ok({ access_token: 'a2', refresh_token: 'r2', expires_in: 3600 }))
    let now = 0
    const session = createSession(transport, memoryStore({ accessToken: 'a1', refreshToken: 'r1', expiresAt: 120_000 }), async () => 'x', () => now)
    expect(await session.ensure()).toBe('a1')
    now = 61_000
    expect(await session.ensure()).toBe('a2')
    expect(form(requests[0].data)).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'r1' })
  })

  it('signs in again when the refresh token is refused', async () => {
    const { transport, requests } = fakeTransport((r) =>
      form(r.data).grant_type === 'refresh_token'
        ? { status: 400, data: { error: 'invalid_grant', error_description: 'The refresh token is no longer valid.' } }
        : ok({ access_token: 'fresh', expires_in: 3600 }))
    const session = createSession(transport, memoryStore({ accessToken: 'old', refreshToken: 'r1', expiresAt: 0 }), async () => 'sim-bob', () => 0)
    expect(await session.renew()).toBe('fresh')
    expect(requests.map((r) => form(r.data).grant_type)).toEqual(['refresh_token', 'urn:locallife:wechat_miniprogram'])
  })

  it('shows the token endpoint\'s refusal', async () => {
    const { transport } = fakeTransport(() => ({ status: 400, data: { error: 'invalid_grant', error_description: '登录码无效' } }))
    const session = createSession(transport, memoryStore(), async () => 'bad', () => 0)
    await expect(session.ensure()).rejects.toMatchObject({ code: 'invalid_grant', message: '登录码无效' })
  })
})
