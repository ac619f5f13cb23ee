import type { AuthSession, Transport } from '../shared/http'
import { toApiError } from '../shared/problem'
import { toForm } from '../shared/query'

export interface Tokens {
  accessToken: string
  refreshToken?: string
  /** Epoch milliseconds. */
  expiresAt: number
}

export interface TokenStore {
  load(): Tokens | null
  save(tokens: Tokens | null): void
}

export const CLIENT_ID = 'locallife-miniprogram'
export const WECHAT_GRANT = 'urn:locallife:wechat_miniprogram'
const SCOPE = 'offline_access profile locallife.api'

interface TokenResponse {
  access_token: string
  refresh_token?: string
  expires_in: number
}

/**
 * The customer's sign-in: the WeChat mini-program grant with a `wx.login` code (the simulator's `sim-…` code in H5),
 * kept in storage, renewed with the refresh token, and one sign-in at a time however many calls wait for it.
 */
export function createSession(transport: Transport, store: TokenStore, loginCode: () => Promise<string>, now = () => Date.now()): AuthSession & {
  signOut(): void
} {
  let tokens = store.load()
  let pending: Promise<string> | null = null

  async function token(fields: Record<string, string>): Promise<string> {
    const response = await transport({
      method: 'POST',
      url: '/connect/token',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'zh-Hans', Accept: 'application/json' },
      data: toForm({ client_id: CLIENT_ID, ...fields }),
    })
    if (response.status !== 200) throw toApiError(response.status, response.data)
    const body = (typeof response.data === 'string' ? JSON.parse(response.data) : response.data) as TokenResponse
    tokens = { accessToken: body.access_token, refreshToken: body.refresh_token, expiresAt: now() + body.expires_in * 1000 }
    store.save(tokens)
    return tokens.accessToken
  }

  const login = async () => token({ grant_type: WECHAT_GRANT, code: await loginCode(), scope: SCOPE })

  async function refreshOrLogin(): Promise<string> {
    const refreshToken = tokens?.refreshToken
    if (refreshToken) {
      try {
        return await token({ grant_type: 'refresh_token', refresh_token: refreshToken })
      } catch {
        // A refresh token that was revoked or expired: sign in again.
      }
    }
    return login()
  }

  const once = (work: () => Promise<string>) => {
    pending ??= work().finally(() => { pending = null })
    return pending
  }

  return {
    peek: () => tokens?.accessToken ?? null,
    ensure: () => (tokens && tokens.expiresAt - 60_000 > now() ? Promise.resolve(tokens.accessToken) : once(refreshOrLogin)),
    renew: () => once(refreshOrLogin),
    signOut: () => {
      tokens = null
      store.save(null)
    },
  }
}
