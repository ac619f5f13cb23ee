import { handshakeRequest, invocation, MessageType, parseFrames, ping, type HubMessage, type InvocationMessage } from './protocol'

/** The part of a WebSocket the hub needs (Taro's SocketTask in the app, a fake in the tests). */
export interface SocketLike {
  send(data: string): void
  close(): void
  onOpen(handler: () => void): void
  onMessage(handler: (data: string | ArrayBuffer) => void): void
  onClose(handler: () => void): void
  onError(handler: (error: unknown) => void): void
}

export interface HubOptions {
  /** The hub URL with the access token (`…/hubs/customer?access_token=…`), asked for on every (re)connect. */
  url: () => Promise<string>
  connect: (url: string) => Promise<SocketLike>
  /** Delays before each reconnect attempt; the last one repeats. */
  retryDelays?: number[]
  keepAliveMs?: number
  /** No message from the server for this long: the connection is dead. */
  serverTimeoutMs?: number
  timers?: {
    setTimeout: (fn: () => void, ms: number) => unknown
    clearTimeout: (id: unknown) => void
  }
}

export type HubState = 'disconnected' | 'connecting' | 'connected' | 'reconnecting'

type Handler = (...args: any[]) => void

/**
 * A SignalR hub client over a plain WebSocket (the mini-program has no fetch or EventSource): skips negotiation and
 * connects straight to the WebSocket transport, keeps the connection alive with pings, reconnects with back-off, and
 * after a reconnect re-sends every `watch` invocation (group membership is per connection) and tells listeners so
 * they can reload what they may have missed.
 */
export class HubConnection {
  private socket: SocketLike | null = null
  private state: HubState = 'disconnected'
  private buffer = ''
  private handshakeDone = false
  private attempt = 0
  private stopped = true
  private handlers = new Map<string, Set<Handler>>()
  private watches = new Map<string, { target: string; args: unknown[]; count: number }>()
  private stateListeners = new Set<(state: HubState) => void>()
  private reconnectedListeners = new Set<() => void>()
  private keepAliveTimer: unknown = null
  private timeoutTimer: unknown = null
  private retryTimer: unknown = null
  private readonly timers: NonNullable<HubOptions['timers']>

  constructor(private readonly options: HubOptions) {
    this.timers = options.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id as number) }
  }

  get currentState(): HubState {
    return this.state
  }

  on(method: string, handler: Handler): () => void {
    const key = method.toLowerCase()
    if (!this.handlers.has(key)) this.handlers.set(key, new Set())
    this.handlers.get(key)!.add(handler)
    return () => this.handlers.get(key)?.delete(handler)
  }

  onState(listener: (state: HubState) => void): () => void {
    this.stateListeners.add(listener)
    return () => this.stateListeners.delete(listener)
  }

  onReconnected(listener: () => void): () => void {
    this.reconnectedListeners.add(listener)
    return () => this.reconnectedListeners.delete(listener)
  }

  /**
   * Invokes a hub method now (if connected) and again after every reconnect, until `unwatch`. Counted per key: two
   * pages of the stack watching the same store share the group, and it is left only when the last one lets go.
   */
  watch(key: string, target: string, args: unknown[]): void {
    const existing = this.watches.get(key)
    if (existing) {
      existing.count++
      return
    }
    this.watches.set(key, { target, args, count: 1 })
    if (this.state === 'connected') this.send(invocation(target, args))
  }

  unwatch(key: string, target?: string, args?: unknown[]): void {
    const existing = this.watches.get(key)
    if (!existing || --existing.count > 0) return
    this.watches.delete(key)
    if (target && this.state === 'connected') this.send(invocation(target, args ?? []))
  }

  /** Fire-and-forget invocation (no invocation id: the server sends no completion). */
  invoke(target: string, ...args: unknown[]): void {
    if (this.state === 'connected') this.send(invocation(target, args))
  }

  start(): void {
    if (!this.stopped) return
    this.stopped = false
    this.attempt = 0
    void this.open('connecting')
  }

  stop(): void {
    this.stopped = true
    this.clearTimers()
    const socket = this.socket
    this.socket = null
    socket?.close()
    this.setState('disconnected')
  }

  private async open(state: HubState): Promise<void> {
    this.setState(state)
    this.buffer = ''
    this.handshakeDone = false
    let socket: SocketLike
    try {
      socket = await this.options.connect(await this.options.url())
    } catch {
      this.scheduleReconnect()
      return
    }
    if (this.stopped) {
      socket.close()
      return
    }
    this.socket = socket
    socket.onOpen(() => socket.send(handshakeRequest()))
    socket.onMessage((data) => this.receive(socket, data))
    socket.onClose(() => this.lost(socket))
    socket.onError(() => this.lost(socket))
  }

  private receive(socket: SocketLike, data: string | ArrayBuffer): void {
    if (socket !== this.socket) return
    let frames: unknown[]
    try {
      const parsed = parseFrames(this.buffer, data)
      this.buffer = parsed.rest
      frames = parsed.frames
    } catch {
      socket.close()
      this.lost(socket)
      return
    }
    this.armServerTimeout(socket)
    for (const frame of frames) {
      if (!this.handshakeDone) {
        if ((frame as { error?: string }).error) {
          socket.close()
          this.lost(socket)
          return
        }
        this.handshakeDone = true
        this.connected()
        continue
      }
      this.dispatch(socket, frame as HubMessage)
    }
  }

  private connected(): void {
    const wasReconnect = this.state === 'reconnecting'
    this.attempt = 0
    this.setState('connected')
    for (const { target, args } of this.watches.values()) this.send(invocation(target, args))
    this.scheduleKeepAlive()
    if (wasReconnect) this.reconnectedListeners.forEach((l) => l())
  }

  private dispatch(socket: SocketLike, message: HubMessage): void {
    if (message.type === MessageType.Invocation) {
      const m = message as InvocationMessage
      this.handlers.get(m.target.toLowerCase())?.forEach((h) => h(...m.arguments))
    } else if (message.type === MessageType.Close) {
      socket.close()
      this.lost(socket)
    }
  }

  private lost(socket: SocketLike): void {
    if (socket !== this.socket) return
    this.socket = null
    this.clearTimers()
    if (this.stopped) return
    this.scheduleReconnect()
  }

  private scheduleReconnect(): void {
    if (this.stopped) return
    this.setState('reconnecting')
    const delays = this.options.retryDelays ?? [0, 2000, 5000, 10000, 30000]
    const delay = delays[Math.min(this.attempt, delays.length - 1)]
    this.attempt++
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = null
      void this.open('reconnecting')
    }, delay)
  }

  private scheduleKeepAlive(): void {
    if (this.keepAliveTimer !== null) this.timers.clearTimeout(this.keepAliveTimer)
    this.keepAliveTimer = this.timers.setTimeout(() => {
      this.keepAliveTimer = null
      if (this.state !== 'connected') return
      this.send(ping())
      this.scheduleKeepAlive()
    }, this.options.keepAliveMs ?? 15_000)
  }

  private armServerTimeout(socket: SocketLike): void {
    if (this.timeoutTimer !== null) this.timers.clearTimeout(this.timeoutTimer)
    this.timeoutTimer = this.timers.setTimeout(() => {
      this.timeoutTimer = null
      socket.close()
      this.lost(socket)
    }, this.options.serverTimeoutMs ?? 30_000)
  }

  private clearTimers(): void {
    for (const t of [this.keepAliveTimer, this.timeoutTimer, this.retryTimer]) if (t !== null) this.timers.clearTimeout(t)
    this.keepAliveTimer = this.timeoutTimer = this.retryTimer = null
  }

  private send(data: string): void {
    try {
      this.socket?.send(data)
    } catch {
      // A send on a closing socket: the close handler reconnects.
    }
  }

  private setState(state: HubState): void {
    if (this.state === state) return
    this.state = state
    this.stateListeners.forEach((l) => l(state))
  }
}
