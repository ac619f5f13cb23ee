import { Component, OnInit, inject, signal } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { toFen, yuan } from '../../shared/paged';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { LoyaltyApi } from './loyalty.api';
import { LoyaltySettingsDto } from './loyalty.models';
import { loyaltyTexts } from './loyalty.texts';
import { SettlementCard } from './settlement-card';

/** Platform: points exchange rate, offset cap, validity, the member levels with their perks, and the points settled between merchants. */
@Component({
  selector: 'app-loyalty-settings-page',
  imports: [...PAGE_IMPORTS, SettlementCard],
  templateUrl: './loyalty-settings.page.html',
})
export class LoyaltySettingsPage implements OnInit {
  private readonly api = inject(LoyaltyApi);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  protected readonly canManage = inject(AuthService).can(Permissions.loyaltyManage);
  protected readonly settings = signal<LoyaltySettingsDto | null>(null);
  /** Level thresholds edited in yuan. */
  protected thresholds: number[] = [];
  protected readonly saving = signal(false);

  constructor() {
    this.i18n.register(loyaltyTexts);
  }

  ngOnInit(): void {
    this.api.settings().subscribe((s) => this.show(s));
  }

  save(): void {
    const s = this.settings();
    if (!s) return;
    this.saving.set(true);
    const input = { ...s, levels: s.levels.map((l, i) => ({ ...l, thresholdFen: toFen(this.thresholds[i]) })) };
    this.api.saveSettings(input).subscribe({
      next: (saved) => { this.saving.set(false); this.show(saved); this.message.success(this.i18n.t('common.saved')); },
      error: () => this.saving.set(false),
    });
  }

  private show(s: LoyaltySettingsDto): void {
    this.settings.set(structuredClone(s));
    this.thresholds = s.levels.map((l) => Number(yuan(l.thresholdFen)));
  }
}
