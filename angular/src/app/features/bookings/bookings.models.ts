export type BookingStatus = 'PendingPayment' | 'Confirmed' | 'CheckedIn' | 'Completed' | 'Cancelled' | 'NoShow' | 'Expired';

export interface BookingDto {
  id: string;
  number: string;
  checkInCode: string | null;
  storeId: string;
  spaceId: string;
  spaceNumber: string;
  customerId: string;
  arriveAt: string;
  partySize: number;
  status: BookingStatus;
  priceFen: number;
  depositPercent: number;
  depositFen: number;
  pointsUsed: number;
  pointsFen: number;
  cashFen: number;
  paymentId: string | null;
  payBy: string;
  cancelDeadline: string;
  spendFen: number;
  pointsEarned: number;
  closeReason: string | null;
  timeline: { status: BookingStatus; at: string }[];
}

/** BookingSpendCategories on the server. */
export const spendCategories = ['room-fee', 'orders', 'service-fee', 'extras'] as const;

export interface ReleaseBookingDto {
  lines: { category: string; amountFen: number }[];
  toCleaning: boolean;
}
