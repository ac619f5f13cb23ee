export type { BookingDto, BookingStatus, ReleaseBookingDto } from '../../api/openapi';

/** BookingSpendCategories on the server. */
export const spendCategories = ['room-fee', 'orders', 'service-fee', 'extras'] as const;
