import { describe, expect, it } from 'vitest'
import { handshakeRequest, invocation, parseFrames, ping, RECORD_SEPARATOR } from '../src/realtime/protocol'
import { HubConnection, type SocketLike } from '../src/realtime/hub'

const RS = RECORD_SEPARATOR

describe('SignalR JSON protocol framing', () => {
  it('frames the handshake, invocations and pings with the record separator', () => {
    expect(handshakeRequest()).toBe('{"protocol":"json","version":1}\u001e')
    expect(invocation('WatchStore', ['s1'])).toBe('{"type":1,"target":"WatchStore","arguments":["s1"]}\u001e')
    expect(invocation('Echo', [1], '7')).toBe('{"type":1,"target":"Echo","arguments":[1],"invocationId":"7"}\u001e')
    expect(ping()).toBe('{"type":6}\u001e')
  })

  it('splits several messages in one chunk and keeps a partial one for the next', () => {
    const first = parseFrames('', `{}${RS}{"type":6}${RS}{"type":1,"tar`)
    expect(first.frames).toEqual([{}, { type: 6 }])
    expect(first.rest).toBe('{"type":1,"tar')
    const second = parseFrames(first.rest, `get":"x","arguments":[]}${RS}`)
    expect(second.frames).toEqual([{ type: 1, target: 'x', arguments: [] }])
    expect(second.rest).toBe('')
  })

  it('decodes binary frames as UTF-8', () => {
    const bytes = new TextEncoder().encode(`{"type":1,"target":"t","arguments":["包间"]}${RS}`)
    expect(parseFrames('', bytes.buffer as ArrayBuffer).frames).toEqual([{ type: 1, target: 't', arguments: ['包间'] }])
  })
})

class FakeSocket implements SocketLike {
  sent: string[] = []
  closed = false
  private handlers: Record<string, (arg?: any) => void> = {}
  send(data: string) { this.sent.push(data) }
  close() { this.closed = true }
  onOpen(h: () => void) { this.handlers.open = h }
  onMessage(h: (d: string | ArrayBuffer) => void) { this.handlers.message = h }
  onClose(h: () => void) { this.handlers.close = h }
  onError(h: (e: unknown) => void) { this.handlers.error = h }
  open() { this.handlers.open() }
  receive(data: string) { this.handlers.message(data) }
  drop() { this.handlers.close() }
}

function fakeTimers() {
  let id = 0
  const pending = new Map<number, { fn: () => void; ms: number }>()
  return {
    timers: {
      setTimeout: (fn: () => void, ms: number) => { pending.set(++id, { fn, ms }); return id },
      clearTimeout: (t: unknown) => { pending.delete(t as number) },
    },
    /** Runs the timers due within `ms` (one round). */
    run(ms: number) {
      for (const [key, t] of [...pending]) if (t.ms <= ms) { pending.delete(key); t.fn() }
    },
    delays: () => [...pending.values()].map((t) => t.ms),
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0))

async function connected() {
  const sockets: FakeSocket[] = []
  const urls: string[] = []
  const clock = fakeTimers()
  let token = 0
  const hub = new HubConnection({
    url: async () => `ws://h/hubs/customer?access_token=t${++token}`,
    connect: async (url) => { urls.push(url); const s = new FakeSocket(); sockets.push(s); return s },
    retryDelays: [0, 2000],
    timers: clock.timers,
  })
  hub.start()
  await flush()
  sockets[0].open()
  sockets[0].receive(`{}${RS}`)
  return { hub, sockets, urls, clock }
}

describe('hub connection', () => {
  it('handshakes, then delivers invocations to handlers by method name (case-insensitive)', async () => {
    const { hub, sockets } = await connected()
    expect(sockets[0].sent[0]).toBe(handshakeRequest())
    expect(hub.currentState).toBe('connected')
    const got: unknown[] = []
    hub.on('spaceStatusChanged', (p) => got.push(p))
    sockets[0].receive(`{"type":1,"target":"SpaceStatusChanged","arguments":[{"spaceId":"a","to":"Booked"}]}${RS}`)
    expect(got).toEqual([{ spaceId: 'a', to: 'Booked' }])
  })

  it('joins watched groups at once and again after a reconnect, with a fresh token', async () => {
    const { hub, sockets, urls, clock } = await connected()
    hub.watch('store:s1', 'WatchStore', ['s1'])
    expect(sockets[0].sent.at(-1)).toBe(invocation('WatchStore', ['s1']))
    let reconnected = 0
    hub.onReconnected(() => reconnected++)

    sockets[0].drop()
    expect(hub.currentState).toBe('reconnecting')
    clock.run(0)
    await flush()
    sockets[1].open()
    sockets[1].receive(`{}${RS}`)
    expect(sockets[1].sent).toEqual([handshakeRequest(), invocation('WatchStore', ['s1'])])
    expect(urls).toEqual(['ws://h/hubs/customer?access_token=t1', 'ws://h/hubs/customer?access_token=t2'])
    expect(reconnected).toBe(1)
  })

  it('leaves a group only when the last watcher of it lets go', async () => {
    const { hub, sockets } = await connected()
    hub.watch('store:s1', 'WatchStore', ['s1'])
    hub.watch('store:s1', 'WatchStore', ['s1'])
    expect(sockets[0].sent.filter((m) => m.includes('WatchStore'))).toHaveLength(1)
    hub.unwatch('store:s1', 'UnwatchStore', ['s1'])
    expect(sockets[0].sent.some((m) => m.includes('UnwatchStore'))).toBe(false)
    hub.unwatch('store:s1', 'UnwatchStore', ['s1'])
    expect(sockets[0].sent.at(-1)).toBe(invocation('UnwatchStore', ['s1']))
  })

  it('backs off between failed attempts and stops for good on stop()', async () => {
    const { hub, sockets, clock } = await connected()
    sockets[0].drop()
    expect(clock.delays()).toContain(0)
    clock.run(0)
    await flush()
    sockets[1].drop()
    expect(clock.delays()).toContain(2000)
    hub.stop()
    expect(hub.currentState).toBe('disconnected')
    expect(clock.delays()).toEqual([])
  })

  it('reconnects when the server closes the connection or sends nothing for too long', async () => {
    const { hub, sockets, clock } = await connected()
    sockets[0].receive(`{"type":7,"error":"Server is shutting down","allowReconnect":true}${RS}`)
    expect(sockets[0].closed).toBe(true)
    expect(hub.currentState).toBe('reconnecting')
    clock.run(0)
    await flush()
    sockets[1].open()
    sockets[1].receive(`{}${RS}`)
    expect(hub.currentState).toBe('connected')
    clock.run(15_000) // keep-alive ping
    expect(sockets[1].sent).toContain(ping())
    clock.run(30_000) // nothing from the server for 30 s
    expect(sockets[1].closed).toBe(true)
    expect(hub.currentState).toBe('reconnecting')
  })

  it('does not connect when the handshake is refused', async () => {
    const sockets: FakeSocket[] = []
    const clock = fakeTimers()
    const hub = new HubConnection({
      url: async () => 'ws://h', connect: async () => { const s = new FakeSocket(); sockets.push(s); return s }, timers: clock.timers,
    })
    hub.start()
    await flush()
    sockets[0].open()
    sockets[0].receive(`{"error":"Requested protocol 'json' is not available."}${RS}`)
    expect(sockets[0].closed).toBe(true)
    expect(hub.currentState).toBe('reconnecting')
  })
})
