import { Component, OnInit, inject, signal } from '@angular/core';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { I18nService } from '../../core/i18n.service';
import { daysAgo, isoDay } from '../../shared/dates';
import { yuan } from '../../shared/paged';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { PaymentSettingsModal } from './payment-settings.modal';
import { PaymentsApi } from './payments.api';
import { HostPaymentReconciliationDto, PaymentReconciliationDto } from './payments.models';
import { paymentsTexts } from './payments.texts';

/**
 * Platform: one day's payments and refunds across tenants (each cut in its own time zone) with the sums, and a tenant's
 * WeChat Pay sub-merchant id and report time zone.
 */
@Component({
  selector: 'app-host-payments-page',
  imports: [...PAGE_IMPORTS, NzDatePickerModule, PaymentSettingsModal],
  templateUrl: './host-payments.page.html',
})
export class HostPaymentsPage implements OnInit {
  private readonly api = inject(PaymentsApi);
  protected readonly i18n = inject(I18nService);
  protected readonly yuan = yuan;
  protected date = daysAgo(1);
  protected readonly day = signal<HostPaymentReconciliationDto | null>(null);
  /** The tenant whose payment settings are open. */
  protected readonly settingsOf = signal<{ id: string; name: string } | null>(null);

  constructor() {
    this.i18n.register(paymentsTexts);
  }

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    if (this.date) this.api.hostReconciliation(isoDay(this.date)).subscribe((day) => this.day.set(day));
  }

  openSettings(row: PaymentReconciliationDto): void {
    if (row.tenantId) this.settingsOf.set({ id: row.tenantId, name: row.tenantName ?? '' });
  }

  settingsClosed(saved: boolean): void {
    this.settingsOf.set(null);
    if (saved) this.load();
  }
}
