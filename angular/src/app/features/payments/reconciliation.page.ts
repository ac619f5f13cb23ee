import { Component, OnInit, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzMessageService } from 'ng-zorro-antd/message';
import { forkJoin } from 'rxjs';
import { I18nService } from '../../core/i18n.service';
import { daysAgo, isoDay } from '../../shared/dates';
import { yuan } from '../../shared/paged';
import { saveFile } from '../../shared/save-file';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { PaymentsApi } from './payments.api';
import { PaymentReconciliationDto } from './payments.models';
import { paymentsTexts } from './payments.texts';

const maxDays = 31;

/**
 * Merchant (owner, manager): the daily reconciliation over a period, one row per day as the API cuts it in the tenant's
 * time zone, with the period's sums and a CSV download to hold against the WeChat Pay statement.
 */
@Component({
  selector: 'app-reconciliation-page',
  imports: [...PAGE_IMPORTS, NzDatePickerModule, RouterLink],
  templateUrl: './reconciliation.page.html',
})
export class ReconciliationPage implements OnInit {
  private readonly api = inject(PaymentsApi);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  protected readonly yuan = yuan;
  protected readonly maxRows = maxDays;
  protected period: Date[] = [daysAgo(6), daysAgo(0)];
  protected readonly days = signal<PaymentReconciliationDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly total = computed(() => this.days().reduce(
    (t, d) => ({ paidCount: t.paidCount + d.paidCount, paidFen: t.paidFen + d.paidFen, refundCount: t.refundCount + d.refundCount,
      refundedFen: t.refundedFen + d.refundedFen, netFen: t.netFen + d.netFen }),
    { paidCount: 0, paidFen: 0, refundCount: 0, refundedFen: 0, netFen: 0 }));

  constructor() {
    this.i18n.register(paymentsTexts);
  }

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    const [from, to] = this.period;
    if (!from || !to) return;
    const dates: string[] = [];
    for (let d = new Date(to); d >= from && dates.length < maxDays; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1)) dates.push(isoDay(d));
    if (dates.length === maxDays && isoDay(from) < dates[dates.length - 1]) this.message.warning(this.i18n.t('payments.tooLong'));
    this.loading.set(true);
    forkJoin(dates.map((date) => this.api.reconciliation(date))).subscribe({
      next: (days) => { this.loading.set(false); this.days.set(days); },
      error: () => this.loading.set(false),
    });
  }

  export(): void {
    const head = ['date', 'paidCount', 'paidFen', 'refundCount', 'refundedFen', 'netFen'].map((k) => this.i18n.t(k === 'date' ? 'payments.date' : `payments.${k}`));
    const money = (fen: number) => yuan(fen);
    const lines = [...this.days()].reverse().map((d) => [d.date, d.paidCount, money(d.paidFen), d.refundCount, money(d.refundedFen), money(d.netFen)].join(','));
    const t = this.total();
    lines.push([this.i18n.t('payments.total'), t.paidCount, money(t.paidFen), t.refundCount, money(t.refundedFen), money(t.netFen)].join(','));
    const first = this.days().at(-1)?.date ?? '', last = this.days()[0]?.date ?? '';
    // The BOM lets Excel read the Chinese header as UTF-8.
    saveFile(new Blob(['\uFEFF' + [head.join(','), ...lines].join('\r\n')], { type: 'text/csv;charset=utf-8' }), `reconciliation-${first}-${last}.csv`);
  }
}
