import { DatePipe } from '@angular/common';
import { Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { toFen, yuan } from '../../shared/paged';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { PaymentsApi } from './payments.api';
import { PaymentDto, PaymentKind, PaymentStatus } from './payments.models';
import { paymentsTexts } from './payments.texts';

/**
 * Merchant: payments (booking deposits, menu orders) by status and kind, each with its refunds; refunds up to what is
 * refundable, closing an unpaid payment, and status sync with WeChat Pay.
 */
@Component({
  selector: 'app-payments-page',
  imports: [...PAGE_IMPORTS, DatePipe, RouterLink],
  templateUrl: './payments.page.html',
})
export class PaymentsPage implements OnInit {
  private readonly api = inject(PaymentsApi);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly yuan = yuan;
  protected readonly payments = signal<PaymentDto[]>([]);
  protected readonly total = signal(0);
  protected pageIndex = 1;
  protected outTradeNo = '';
  protected status: PaymentStatus | null = null;
  protected kind: PaymentKind | null = null;
  protected readonly statuses: PaymentStatus[] = ['Created', 'Pending', 'Paid', 'Closed'];
  protected readonly kinds: PaymentKind[] = ['BookingDeposit', 'MenuOrder'];
  /** Payments whose refunds are shown. */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly refunding = signal<PaymentDto | null>(null);
  protected refundYuan = 0;
  protected refundReason = '';

  constructor() {
    this.i18n.register(paymentsTexts);
  }

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.api.list({ outTradeNo: this.outTradeNo, status: this.status ?? undefined, kind: this.kind ?? undefined, skip: (this.pageIndex - 1) * 20, take: 20 }).subscribe((page) => {
      this.payments.set(page.items);
      this.total.set(page.totalCount);
    });
  }

  openRefund(payment: PaymentDto): void {
    this.refundYuan = payment.refundableFen / 100;
    this.refundReason = '';
    this.refunding.set(payment);
  }

  refund(): void {
    const payment = this.refunding();
    if (!payment) return;
    this.api.refund(payment.id, toFen(this.refundYuan), this.refundReason || null).subscribe(() => {
      this.refunding.set(null);
      this.message.success(this.i18n.t('common.saved'));
      this.load();
    });
  }

  filter(): void {
    this.pageIndex = 1;
    this.load();
  }

  toggle(id: string, open: boolean): void {
    this.expanded.update((set) => {
      const next = new Set(set);
      if (open) next.add(id); else next.delete(id);
      return next;
    });
  }

  close(payment: PaymentDto): void {
    this.api.close(payment.id).subscribe({ next: () => this.load(), error: () => this.load() });
  }

  sync(payment: PaymentDto): void {
    this.api.sync(payment.id).subscribe(() => this.load());
  }
}
