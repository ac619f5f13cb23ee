import { DatePipe } from '@angular/common';
import { Component, OnInit, inject, signal } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { toFen, yuan } from '../../shared/paged';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { PaymentsApi } from './payments.api';
import { PaymentDto } from './payments.models';
import { paymentsTexts } from './payments.texts';

/** Merchant: payments (booking deposits, menu orders), refunds up to what is refundable, and status sync with WeChat Pay. */
@Component({
  selector: 'app-payments-page',
  imports: [...PAGE_IMPORTS, DatePipe],
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
    this.api.list({ outTradeNo: this.outTradeNo, skip: (this.pageIndex - 1) * 20, take: 20 }).subscribe((page) => {
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

  sync(payment: PaymentDto): void {
    this.api.sync(payment.id).subscribe(() => this.load());
  }
}
