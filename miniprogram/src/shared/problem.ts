import type { ProblemDetails as ApiProblemDetails } from '../api/openapi'

/**
 * The API's one error shape (RFC 9457 problem details with a stable `code`, a localized `title` and `messages`
 * in zh-Hans and en), and the OAuth error shape of the token endpoint, turned into one error type the pages show.
 */
export type ProblemDetails = Partial<ApiProblemDetails> & {
  error?: string
  error_description?: string
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problem?: ProblemDetails,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

const statusTexts: Record<number, string> = {
  0: '网络连接失败，请检查网络后重试',
  401: '登录已失效，请重新登录',
  403: '没有权限执行此操作',
  404: '内容不存在或已下架',
  409: '数据已变化，请刷新后重试',
  429: '操作太频繁，请稍后再试',
}

/** The message a person reads: the zh-Hans text, then the title, then field errors, then a generic text. */
export function problemMessage(status: number, body: unknown): string {
  const p = asProblem(body)
  const fields = p?.errors ? Object.values(p.errors).flat().join('；') : ''
  return p?.messages?.['zh-Hans'] || p?.title || fields || p?.error_description || statusTexts[status] || `请求失败（${status}）`
}

export function toApiError(status: number, body: unknown): ApiError {
  const p = asProblem(body)
  return new ApiError(status, p?.code ?? p?.error ?? `http_${status}`, problemMessage(status, body), p)
}

/** Any thrown value as the text to show. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.message
  if (e && typeof e === 'object' && 'errMsg' in e) return String((e as { errMsg: unknown }).errMsg)
  if (e instanceof Error) return e.message
  return '操作失败，请重试'
}

function asProblem(body: unknown): ProblemDetails | undefined {
  if (typeof body === 'string') {
    try { return JSON.parse(body) as ProblemDetails } catch { return undefined }
  }
  return body && typeof body === 'object' ? (body as ProblemDetails) : undefined
}
