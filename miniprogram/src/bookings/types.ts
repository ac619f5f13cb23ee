import type { PointsRedemption } from '../loyalty/redemption'

export type BookingStatus = 'PendingPayment' | 'Confirmed' | 'CheckedIn' | 'Completed' | 'Cancelled' | 'NoShow' | 'Expired'

export interface Booking {
  id: string
  number: string
  checkInCode?: string | null
  storeId: string
  spaceId: string
  spaceNumber: string
  arriveAt: string
  partySize: number
  status: BookingStatus
  priceFen: number
  depositPercent: number
  depositFen: number
  pointsUsed: number
  pointsFen: number
  cashFen: number
  paymentId?: string | null
  payBy: string
  cancelDeadline: string
  spendFen: number
  pointsEarned: number
  closeReason?: string | null
  timeline: { status: BookingStatus; at: string }[]
}

export interface BookingRequest {
  spaceId: string
  arriveAt: string
  partySize: number
  usePoints: boolean
}

export interface BookingPreview extends PointsRedemption {
  spaceId: string
  arriveAt: string
  priceFen: number
  depositPercent: number
  depositFen: number
}

export interface BookingCreated {
  booking: Booking
  requestPayment?: import('../payments/types').RequestPayment | null
}
