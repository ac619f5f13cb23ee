import type { Booking, BookingStatus } from './types'
import { withStatus } from '../shared/liveStatus'

export const bookingStatusText: Record<BookingStatus, string> = {
  PendingPayment: '待支付',
  Confirmed: '已预订',
  CheckedIn: '已到店',
  Completed: '已完成',
  Cancelled: '已取消',
  NoShow: '未到店',
  Expired: '已过期',
}

/** A booking that still holds the room: shows its check-in code. */
export function isLive(booking: Pick<Booking, 'status'>): boolean {
  return booking.status === 'PendingPayment' || booking.status === 'Confirmed'
}

/** The customer may cancel before arrival; the API decides about the deposit (refund before the store's deadline). */
export function canCancel(booking: Pick<Booking, 'status'>): boolean {
  return isLive(booking)
}

/** The `bookingStatusChanged` push. */
export interface BookingStatusChanged {
  bookingId: string
  status: BookingStatus
  at: string
}

export const applyBookingStatus = <T extends Pick<Booking, 'id' | 'status'>>(bookings: T[], event: BookingStatusChanged): T[] =>
  withStatus(bookings, event.bookingId, event.status)
