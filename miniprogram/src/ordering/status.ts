import type { Order, OrderStatus } from './types'
import { withStatus } from '../shared/liveStatus'

export const orderStatusText: Record<OrderStatus, string> = {
  Placed: '待支付',
  Paid: '已支付，等待接单',
  Accepted: '商家已接单',
  Preparing: '制作中',
  Delivering: '配送中',
  Delivered: '已送达',
  Completed: '已完成',
  Cancelled: '已取消',
  Exception: '订单异常',
}

/** The progress bar of an order, in order. */
export const orderSteps: { status: OrderStatus; label: string }[] = [
  { status: 'Paid', label: '已支付' },
  { status: 'Accepted', label: '已接单' },
  { status: 'Preparing', label: '制作中' },
  { status: 'Delivering', label: '配送中' },
  { status: 'Delivered', label: '已送达' },
  { status: 'Completed', label: '已完成' },
]

/** How far along the progress bar an order is (-1 before payment; cancelled and exception orders keep the last step reached). */
export function stepIndex(order: Pick<Order, 'status' | 'timeline'>): number {
  const reached = (s: OrderStatus) => orderSteps.findIndex((step) => step.status === s)
  const now = reached(order.status)
  if (now >= 0) return now
  return Math.max(-1, ...order.timeline.map((t) => reached(t.status)))
}

export const canCancelOrder = (o: Pick<Order, 'status'>) => o.status === 'Placed' || o.status === 'Paid'
export const canConfirmReceipt = (o: Pick<Order, 'status'>) => o.status === 'Delivered'
export const isOpen = (o: Pick<Order, 'status'>) => !['Completed', 'Cancelled'].includes(o.status)

/** The `orderStatusChanged` push. */
export interface OrderStatusChanged {
  orderId: string
  number: string
  status: OrderStatus
  from: OrderStatus
  at: string
}

export const applyOrderStatus = <T extends Pick<Order, 'id' | 'status'>>(orders: T[], e: OrderStatusChanged): T[] =>
  withStatus(orders, e.orderId, e.status)
