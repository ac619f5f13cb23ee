import type { HttpClient } from '../shared/http'
import type { PagedResult } from '../shared/paged'
import type { Booking, BookingCreated, BookingPreview, BookingRequest, BookingStatus } from './types'

/** The customer's bookings (`api/app/bookings`): deposit preview, book, list, check-in QR, cancel. */
export function bookingsApi(http: HttpClient) {
  return {
    preview: (request: BookingRequest) => http.post<BookingPreview>('/api/app/bookings/preview', request),
    create: (request: BookingRequest) => http.post<BookingCreated>('/api/app/bookings', request),
    list: (status?: BookingStatus, skip = 0, take = 20) => http.get<PagedResult<Booking>>('/api/app/bookings', { query: { status, skip, take } }),
    get: (id: string) => http.get<Booking>(`/api/app/bookings/${id}`),
    checkInQr: (id: string) => http.bytes(`/api/app/bookings/${id}/check-in-qr`),
    cancel: (id: string) => http.post<Booking>(`/api/app/bookings/${id}/cancel`),
  }
}

export type BookingsApi = ReturnType<typeof bookingsApi>
