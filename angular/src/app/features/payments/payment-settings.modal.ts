import { Component, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { PaymentsApi } from './payments.api';
import { paymentsTexts } from './payments.texts';

/**
 * Platform: a tenant's WeChat Pay sub-merchant id and the time zone its report days are cut in. Opens when given a tenant;
 * read-only without HostPayments.Settings. Used by the platform reconciliation and the tenants list.
 */
@Component({
  selector: 'app-payment-settings-modal',
  imports: [...PAGE_IMPORTS],
  template: `
    <nz-modal [nzVisible]="open()" [nzTitle]="('payments.settings' | t) + ' · ' + (tenant()?.name ?? '')" (nzOnCancel)="close(false)"
              (nzOnOk)="save()" [nzOkLoading]="busy()" [nzOkDisabled]="!canSettings" [nzOkText]="'common.save' | t" [nzCancelText]="'common.cancel' | t">
      <form *nzModalContent nz-form [formGroup]="form" nzLayout="vertical" data-testid="settings-form">
        <nz-form-item><nz-form-label>{{ 'payments.subMchId' | t }}</nz-form-label>
          <nz-form-control><input nz-input formControlName="weChatPaySubMchId" data-testid="sub-mch-id" [readonly]="!canSettings" /></nz-form-control></nz-form-item>
        <nz-form-item><nz-form-label nzRequired>{{ 'payments.timeZone' | t }}</nz-form-label>
          <nz-form-control><input nz-input formControlName="timeZone" data-testid="time-zone" [readonly]="!canSettings" /></nz-form-control></nz-form-item>
      </form>
    </nz-modal>
  `,
})
export class PaymentSettingsModal {
  private readonly api = inject(PaymentsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  protected readonly canSettings = inject(AuthService).can(Permissions.hostPaymentsSettings);
  /** The tenant to configure; null keeps the modal closed. */
  readonly tenant = input<{ id: string; name: string } | null>(null);
  /** true when the settings were saved. */
  readonly closed = output<boolean>();
  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    weChatPaySubMchId: ['', [Validators.maxLength(32), Validators.pattern(/^\d*$/)]],
    timeZone: ['Asia/Shanghai', Validators.required],
  });

  constructor() {
    this.i18n.register(paymentsTexts);
    effect(() => {
      const tenant = this.tenant();
      this.open.set(false);
      if (!tenant) return;
      this.api.settings(tenant.id).subscribe({
        next: (s) => { this.form.reset({ weChatPaySubMchId: s.weChatPaySubMchId ?? '', timeZone: s.timeZone }); this.open.set(true); },
        error: () => this.closed.emit(false),
      });
    });
  }

  save(): void {
    const tenant = this.tenant();
    if (!tenant) return;
    if (this.form.invalid) { this.form.markAllAsTouched(); return; }
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.api.saveSettings(tenant.id, { weChatPaySubMchId: v.weChatPaySubMchId.trim() || null, timeZone: v.timeZone.trim() }).subscribe({
      next: () => { this.busy.set(false); this.message.success(this.i18n.t('common.saved')); this.close(true); },
      error: () => this.busy.set(false), // shown globally; the form stays open
    });
  }

  close(saved: boolean): void {
    this.open.set(false);
    this.closed.emit(saved);
  }
}
