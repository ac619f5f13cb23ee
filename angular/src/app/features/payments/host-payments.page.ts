import { Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { daysAgo, isoDay } from '../../shared/dates';
import { yuan } from '../../shared/paged';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { PaymentsApi } from './payments.api';
import { HostPaymentReconciliationDto, PaymentReconciliationDto } from './payments.models';
import { paymentsTexts } from './payments.texts';

/**
 * Platform: one day's payments and refunds across tenants (each cut in its own time zone) with the sums, and a tenant's
 * WeChat Pay sub-merchant id and report time zone.
 */
@Component({
  selector: 'app-host-payments-page',
  imports: [...PAGE_IMPORTS, NzDatePickerModule],
  templateUrl: './host-payments.page.html',
})
export class HostPaymentsPage implements OnInit {
  private readonly api = inject(PaymentsApi);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  protected readonly yuan = yuan;
  protected readonly canSettings = inject(AuthService).can(Permissions.hostPaymentsSettings);
  protected date = daysAgo(1);
  protected readonly day = signal<HostPaymentReconciliationDto | null>(null);
  /** The tenant whose payment settings are open. */
  protected readonly editing = signal<PaymentReconciliationDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    weChatPaySubMchId: ['', [Validators.maxLength(32), Validators.pattern(/^\d*$/)]],
    timeZone: ['Asia/Shanghai', Validators.required],
  });

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
    if (!row.tenantId) return;
    this.api.settings(row.tenantId).subscribe((s) => {
      this.form.reset({ weChatPaySubMchId: s.weChatPaySubMchId ?? '', timeZone: s.timeZone });
      this.editing.set(row);
    });
  }

  saveSettings(): void {
    const row = this.editing();
    if (!row?.tenantId) return;
    if (this.form.invalid) { this.form.markAllAsTouched(); return; }
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.api.saveSettings(row.tenantId, { weChatPaySubMchId: v.weChatPaySubMchId.trim() || null, timeZone: v.timeZone.trim() }).subscribe({
      next: () => { this.busy.set(false); this.editing.set(null); this.message.success(this.i18n.t('common.saved')); this.load(); },
      error: () => this.busy.set(false),
    });
  }
}
