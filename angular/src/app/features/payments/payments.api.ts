import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Paged, query } from '../../shared/paged';
import { PaymentDto, PaymentKind, PaymentStatus } from './payments.models';

/** api/admin/payments: the merchant's WeChat Pay payments and refunds. */
@Injectable({ providedIn: 'root' })
export class PaymentsApi {
  private readonly http = inject(HttpClient);

  list(input: { status?: PaymentStatus; kind?: PaymentKind; outTradeNo?: string; skip?: number; take?: number }) {
    return this.http.get<Paged<PaymentDto>>('/api/admin/payments', { params: query(input) });
  }

  refund(id: string, amountFen: number, reason: string | null) {
    // One key per refund the person asks for: a retried request never refunds twice.
    return this.http.post(`/api/admin/payments/${id}/refunds`, { amountFen, reason, idempotencyKey: crypto.randomUUID() });
  }

  sync(id: string) {
    return this.http.post<PaymentDto>(`/api/admin/payments/${id}/sync`, {});
  }
}
