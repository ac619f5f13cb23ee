/**
 * A picture's address as an <Image> can load it. The API answers same-host paths (/api/media/images/…): H5 runs on the
 * host (base ''), the mini-program prefixes the configured API host. Absolute URLs are used as they are.
 */
export function mediaUrl(url: string, base: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? base + url : url
}
