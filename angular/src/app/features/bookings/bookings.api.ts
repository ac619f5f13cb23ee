import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Paged, query } from '../../shared/paged';
import { BookingDto, BookingStatus, ReleaseBookingDto } from './bookings.models';

/** api/admin/bookings (merchant front desk). */
@Injectable({ providedIn: 'root' })
export class BookingsApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/admin/bookings';

  today(storeId: string) {
    return this.http.get<BookingDto[]>(`${this.base}/today`, { params: { storeId } });
  }

  list(input: { storeId?: string; status?: BookingStatus; date?: string; skip?: number; take?: number }) {
    return this.http.get<Paged<BookingDto>>(this.base, { params: query(input) });
  }

  checkIn(storeId: string, code: string) {
    return this.http.post<BookingDto>(`${this.base}/check-in`, { storeId, code });
  }

  release(id: string, input: ReleaseBookingDto) {
    return this.http.post<BookingDto>(`${this.base}/${id}/release`, input);
  }

  cancel(id: string, reason: string | null) {
    return this.http.post<BookingDto>(`${this.base}/${id}/cancel`, { reason });
  }
}
