import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Paged, query } from '../../shared/paged';
import { HostPaymentReconciliationDto, PaymentDto, PaymentKind, PaymentReconciliationDto, PaymentSettingsDto, PaymentStatus } from './payments.models';

/** api/admin/payments: the merchant's WeChat Pay payments, refunds and reconciliation; api/host/payments: the platform's. */
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

  /** Closes an unpaid payment at WeChat Pay (if the customer paid meanwhile, the payment is recorded instead). */
  close(id: string) {
    return this.http.post<PaymentDto>(`/api/admin/payments/${id}/close`, {});
  }

  /** The tenant's day (yyyy-MM-dd) in its time zone. */
  reconciliation(date: string) {
    return this.http.get<PaymentReconciliationDto>('/api/admin/payments/reconciliation', { params: { date } });
  }

  /** Platform: every tenant's day. */
  hostReconciliation(date: string) {
    return this.http.get<HostPaymentReconciliationDto>('/api/host/payments/reconciliation', { params: { date } });
  }

  settings(tenantId: string) {
    return this.http.get<PaymentSettingsDto>(`/api/host/payments/settings/${tenantId}`);
  }

  saveSettings(tenantId: string, input: { weChatPaySubMchId: string | null; timeZone: string }) {
    return this.http.put<PaymentSettingsDto>(`/api/host/payments/settings/${tenantId}`, input);
  }

  sync(id: string) {
    return this.http.post<PaymentDto>(`/api/admin/payments/${id}/sync`, {});
  }
}
