import { Component, OnInit, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzTableModule } from 'ng-zorro-antd/table';
import { I18nService } from '../../core/i18n.service';
import { TPipe } from '../../core/t.pipe';
import { daysAgo, isoDay } from '../../shared/dates';
import { yuan } from '../../shared/paged';
import { LoyaltyApi } from './loyalty.api';
import { SettlementLineDto } from './loyalty.models';
import { loyaltyTexts } from './loyalty.texts';

/**
 * Points that crossed merchants over a period (China days, the last 30 by default): issued by one, spent at another, and
 * what they are worth. `side` merchant: the current tenant's lines (api/admin); platform: every tenant's (api/host).
 */
@Component({
  selector: 'app-settlement-card',
  imports: [FormsModule, NzCardModule, NzDatePickerModule, NzTableModule, TPipe],
  template: `
    <nz-card class="block" [nzTitle]="'rebate.settlement' | t" [nzExtra]="extra">
      <p>{{ (side() === 'platform' ? 'rebate.settlementHostHint' : 'rebate.settlementHint') | t }}</p>
      <nz-table #lines [nzData]="settlement()" [nzShowPagination]="false" [nzPageSize]="1000" nzSize="small" data-testid="settlement"
                [nzNoResult]="'rebate.noSettlement' | t">
        <thead><tr>
          <th>{{ 'rebate.earnedAt' | t }}</th><th>{{ 'rebate.spentAt' | t }}</th><th>{{ 'rebate.points' | t }}</th><th>{{ 'rebate.amount' | t }}</th>
        </tr></thead>
        <tbody>
          @for (l of lines.data; track $index) {
            <tr data-testid="settlement-line">
              <td>{{ l.earnedAtName ?? ('rebate.platform' | t) }}</td>
              <td>{{ l.spentAtName ?? ('rebate.platform' | t) }}</td>
              <td>{{ l.points }}</td>
              <td>¥{{ yuan(l.amountFen) }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
    </nz-card>
    <ng-template #extra>
      <nz-range-picker data-testid="settlement-period" [(ngModel)]="period" (ngModelChange)="load()" [nzAllowClear]="false" />
    </ng-template>
  `,
})
export class SettlementCard implements OnInit {
  private readonly api = inject(LoyaltyApi);
  readonly side = input<'merchant' | 'platform'>('merchant');
  protected readonly yuan = yuan;
  protected readonly settlement = signal<SettlementLineDto[]>([]);
  protected period: Date[] = [daysAgo(29), daysAgo(0)];

  constructor() {
    inject(I18nService).register(loyaltyTexts);
  }

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    const [from, to] = this.period;
    if (!from || !to) return;
    const call = this.side() === 'platform' ? this.api.hostSettlement(isoDay(from), isoDay(to)) : this.api.settlement(isoDay(from), isoDay(to));
    call.subscribe((lines) => this.settlement.set(lines));
  }
}
