/**
 * The token of a space's ordering QR code, from whatever the scan gave: the page's own `t` parameter (H5 URL
 * /h5/scan?t=…), WeChat's `q` (the whole QR URL, encoded, when a printed code opens the mini-program), or the text
 * `Taro.scanCode` read.
 */
export function scanToken(params: { t?: string; q?: string }, scanned?: string): string | null {
  if (params.t) return params.t
  const text = scanned ?? (params.q ? safeDecode(params.q) : undefined)
  if (!text) return null
  const match = /[?&]t=([^&#]+)/.exec(text)
  return match ? safeDecode(match[1]) : null
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
