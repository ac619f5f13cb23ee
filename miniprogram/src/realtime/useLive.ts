import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useEffect } from 'react'
import type { PagedResult } from '../shared/paged'
import { useAsync } from '../shared/useAsync'
import { withStatus } from '../shared/liveStatus'
import { useHubEvent } from './customerHub'

type Loaded<T> = ReturnType<typeof useAsync<T>>

/**
 * One booking or order kept live: a status push for it is applied at once and the whole document reloaded (times,
 * codes); while it waits for the payment notification it is also asked for again every few seconds.
 */
export function useLiveDocument<T extends { id: string; status: string }>(
  doc: Loaded<T>, method: string, idOf: (push: any) => string, awaitingPayment: T['status'],
): void {
  useHubEvent(method, (push: { status: T['status'] }) => {
    if (!doc.data || idOf(push) !== doc.data.id) return
    doc.setData((x) => (x ? withStatus([x], x.id, push.status)[0] : x))
    void doc.reload()
  })
  const status = doc.data?.status
  useEffect(() => {
    if (status !== awaitingPayment) return
    const timer = setInterval(() => void doc.reload(), 3000)
    return () => clearInterval(timer)
  }, [status])
}

/** A "my bookings / my orders" list: reloaded when shown and on pull-down, statuses updated by pushes. */
export function useLiveList<T extends { id: string; status: string }>(
  load: () => Promise<PagedResult<T>>, method: string, idOf: (push: any) => string,
) {
  const list = useAsync(load, [])
  useDidShow(() => void list.reload())
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()))
  useHubEvent(method, (push: { status: T['status'] }) =>
    list.setData((page) => (page ? { ...page, items: withStatus(page.items, idOf(push), push.status) } : page)))
  return list
}
