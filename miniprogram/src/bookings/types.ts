/** Bookings as the API sends them (`api/app/bookings`), named as the pages use them. */
export type {
  BookingCreatedDto as BookingCreated,
  BookingDto as Booking,
  BookingPreviewDto as BookingPreview,
  BookingStatus,
  CreateBookingDto as BookingRequest,
} from '../api/openapi'
