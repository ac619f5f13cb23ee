import Taro from '@tarojs/taro'
import type { HttpClient, Transport } from './http'
import { createHttpClient } from './http'
import { ApiError } from './problem'
import { createSession, type Tokens } from '../account/session'

/** '' in H5 (same origin as the host), the configured host for the mini-program. */
export const apiBase: string = LOCALLIFE_API_BASE

export const isH5 = process.env.TARO_ENV === 'h5'

/** The Taro transport: `Taro.request` (wx.request in the mini-program, fetch in H5). */
export const taroTransport: Transport = async (request) => {
  try {
    const response = await Taro.request({
      url: apiBase + request.url,
      method: request.method,
      header: request.headers,
      data: request.data as Taro.request.Option['data'],
      dataType: request.binary ? 'arraybuffer' : 'json',
      responseType: request.binary ? 'arraybuffer' : 'text',
    })
    return { status: response.statusCode, data: response.data }
  } catch (e) {
    throw new ApiError(0, 'network', '网络连接失败，请检查网络后重试', { detail: String((e as { errMsg?: string })?.errMsg ?? e) })
  }
}

const TOKENS_KEY = 'locallife.tokens'
const SIM_CODE_KEY = 'locallife.simCode'

const tokenStore = {
  load: (): Tokens | null => (Taro.getStorageSync(TOKENS_KEY) as Tokens) || null,
  save: (tokens: Tokens | null) => (tokens ? Taro.setStorageSync(TOKENS_KEY, tokens) : Taro.removeStorageSync(TOKENS_KEY)),
}

/**
 * The login code: `wx.login` in the mini-program; in H5 the WeChat simulator's `sim-<id>`, stable per browser
 * (localStorage `locallife.simCode`, which a test may preset) so the same customer comes back.
 */
export async function loginCode(): Promise<string> {
  if (!isH5) return (await Taro.login()).code
  let code = window.localStorage.getItem(SIM_CODE_KEY)
  if (!code) {
    code = `sim-h5-${Math.random().toString(36).slice(2, 10)}`
    window.localStorage.setItem(SIM_CODE_KEY, code)
  }
  return code
}

export const session = createSession(taroTransport, tokenStore, loginCode)

export const http: HttpClient = createHttpClient(taroTransport, session)
