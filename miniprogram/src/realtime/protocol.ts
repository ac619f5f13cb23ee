/**
 * The SignalR JSON hub protocol (version 1), written out: each message is JSON followed by the record separator 0x1E.
 * The client opens with a handshake request; the server answers `{}` (or `{"error": …}`), then sends invocations
 * (type 1), completions (3), pings (6) and a close (7).
 */
export const RECORD_SEPARATOR = '\u001e'

export const MessageType = {
  Invocation: 1,
  StreamItem: 2,
  Completion: 3,
  StreamInvocation: 4,
  CancelInvocation: 5,
  Ping: 6,
  Close: 7,
} as const

export interface InvocationMessage {
  type: 1
  target: string
  arguments: unknown[]
  invocationId?: string
}

export interface CompletionMessage {
  type: 3
  invocationId: string
  result?: unknown
  error?: string
}

export interface CloseMessage {
  type: 7
  error?: string
  allowReconnect?: boolean
}

export type HubMessage = InvocationMessage | CompletionMessage | CloseMessage | { type: 2 | 4 | 5 | 6 }

export interface HandshakeResponse {
  error?: string
}

const frame = (value: unknown) => JSON.stringify(value) + RECORD_SEPARATOR

export const handshakeRequest = () => frame({ protocol: 'json', version: 1 })

export const invocation = (target: string, args: unknown[], invocationId?: string) =>
  frame(invocationId === undefined ? { type: 1, target, arguments: args } : { type: 1, target, arguments: args, invocationId })

export const ping = () => frame({ type: MessageType.Ping })

/**
 * Splits what arrived into complete messages; a trailing partial frame is returned to be completed by the next
 * chunk. Binary frames (ArrayBuffer) are decoded as UTF-8 first.
 */
export function parseFrames(buffer: string, chunk: string | ArrayBuffer): { frames: unknown[]; rest: string } {
  const text = buffer + (typeof chunk === 'string' ? chunk : utf8(chunk))
  const parts = text.split(RECORD_SEPARATOR)
  const rest = parts.pop() ?? ''
  return { frames: parts.filter((p) => p.length > 0).map((p) => JSON.parse(p) as unknown), rest }
}

function utf8(buffer: ArrayBuffer): string {
  if (typeof TextDecoder !== 'undefined') return new TextDecoder('utf-8').decode(buffer)
  const bytes = new Uint8Array(buffer)
  let encoded = ''
  for (const b of bytes) encoded += `%${b.toString(16).padStart(2, '0')}`
  return decodeURIComponent(encoded)
}
