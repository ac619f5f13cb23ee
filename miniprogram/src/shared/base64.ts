const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * Bytes as base64, for images the API serves behind the bearer token (shown as data URLs). Written out because
 * Taro's H5 `arrayBufferToBase64` expects a typed array and fails on the ArrayBuffer its own request returns.
 */
export function toBase64(buffer: ArrayBuffer | Uint8Array): string {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer)
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | (b << 8) | c
    out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63]
    out += i + 1 < bytes.length ? alphabet[(n >> 6) & 63] : '='
    out += i + 2 < bytes.length ? alphabet[n & 63] : '='
  }
  return out
}

export const pngDataUrl = (buffer: ArrayBuffer) => `data:image/png;base64,${toBase64(buffer)}`
