type Scalar = string | number | boolean
export type QueryValue = Scalar | readonly Scalar[] | null | undefined

/** A query string (with its `?`) from an object: empty values left out, arrays as repeated keys (ASP.NET binds those). */
export function toQuery(params: Record<string, QueryValue> = {}): string {
  const parts: string[] = []
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue
    const values = Array.isArray(value) ? value : [value as Scalar]
    for (const v of values) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(v))}`)
  }
  return parts.length ? `?${parts.join('&')}` : ''
}

/** Form encoding for the OAuth token endpoint. */
export function toForm(fields: Record<string, string>): string {
  return Object.entries(fields).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
}
