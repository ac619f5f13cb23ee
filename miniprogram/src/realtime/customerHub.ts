import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { apiBase, session } from '../shared/platform'
import { HubConnection, type SocketLike } from './hub'

/** The client methods the customer hub calls (RealtimeMethods on the host). */
export const RealtimeMethods = {
  SpaceStatusChanged: 'spaceStatusChanged',
  BookingStatusChanged: 'bookingStatusChanged',
  PointsExpired: 'pointsExpired',
  OrderStatusChanged: 'orderStatusChanged',
} as const

function hubUrl(token: string): string {
  const origin = apiBase || `${window.location.protocol}//${window.location.host}`
  return `${origin.replace(/^http/, 'ws')}/hubs/customer?access_token=${encodeURIComponent(token)}`
}

async function connectTaroSocket(url: string): Promise<SocketLike> {
  const task = await Taro.connectSocket({ url })
  return {
    send: (data) => void task.send({ data }),
    close: () => void task.close({}),
    onOpen: (handler) => task.onOpen(() => handler()),
    onMessage: (handler) => task.onMessage((m) => handler(m.data as string | ArrayBuffer)),
    onClose: (handler) => task.onClose(() => handler()),
    onError: (handler) => task.onError((e) => handler(e)),
  }
}

/** One connection to `/hubs/customer` for the whole app, signed in as the customer. */
export const customerHub = new HubConnection({
  url: async () => hubUrl(await session.ensure()),
  connect: connectTaroSocket,
})

/** Listens to a hub method while the component is mounted; the handler may change between renders. */
export function useHubEvent(method: string, handler: (payload: any) => void): void {
  const ref = useRef(handler)
  ref.current = handler
  useEffect(() => {
    customerHub.start()
    return customerHub.on(method, (payload) => ref.current(payload))
  }, [method])
}

/** Watches a store's live space status while mounted; `onReconnected` reloads what may have been missed. */
export function useStoreWatch(storeId: string | undefined, onReconnected: () => void): void {
  const ref = useRef(onReconnected)
  ref.current = onReconnected
  useEffect(() => {
    if (!storeId) return
    customerHub.start()
    const key = `store:${storeId}`
    customerHub.watch(key, 'WatchStore', [storeId])
    const off = customerHub.onReconnected(() => ref.current())
    return () => {
      off()
      customerHub.unwatch(key, 'UnwatchStore', [storeId])
    }
  }, [storeId])
}
