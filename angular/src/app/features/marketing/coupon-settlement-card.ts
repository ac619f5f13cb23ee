import { Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzTableModule } from 'ng-zorro-antd/table';
import { I18nService } from '../../core/i18n.service';
import { TPipe } from '../../core/t.pipe';
import { daysAgo } from '../../shared/dates';
import { yuan } from '../../shared/paged';
import { MarketingApi } from './marketing.api';
import { PlatformCouponSettlementDto } from './marketing.models';
import { marketingTexts } from './marketing.texts';

/**
 * Platform: who funded the redeemed coupons — per merchant, the platform-funded coupons used there over a period (the
 * last 30 local days by default, from the first day's midnight to the end of the last) and the discount the platform owes.
 */
@Component({
  selector: 'app-coupon-settlement-card',
  imports: [FormsModule, NzCardModule, NzDatePickerModule, NzTableModule, TPipe],
  template: `
    <nz-card class="block" [nzTitle]="'coupon.settlement' | t" [nzExtra]="extra">
      <p>{{ 'coupon.settlementHint' | t }}</p>
      <nz-table #table [nzData]="lines()" [nzShowPagination]="false" [nzPageSize]="1000" nzSize="small" data-testid="coupon-settlement"
                [nzNoResult]="'coupon.noSettlement' | t">
        <thead><tr><th>{{ 'coupon.merchant' | t }}</th><th>{{ 'coupon.report.used' | t }}</th><th>{{ 'coupon.report.discount' | t }}</th></tr></thead>
        <tbody>
          @for (l of table.data; track l.tenantId) {
            <tr data-testid="coupon-settlement-line"><td>{{ l.tenantName ?? l.tenantId }}</td><td>{{ l.used }}</td><td>¥{{ yuan(l.discountFen) }}</td></tr>
          }
        </tbody>
      </nz-table>
    </nz-card>
    <ng-template #extra>
      <nz-range-picker [(ngModel)]="period" (ngModelChange)="load()" [nzAllowClear]="false" />
    </ng-template>
  `,
})
export class CouponSettlementCard implements OnInit {
  private readonly api = inject(MarketingApi);
  protected readonly yuan = yuan;
  protected readonly lines = signal<PlatformCouponSettlementDto[]>([]);
  protected period: Date[] = [daysAgo(29), daysAgo(0)];

  constructor() {
    inject(I18nService).register(marketingTexts);
  }

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    const [from, to] = this.period;
    if (!from || !to) return;
    const start = new Date(from.getFullYear(), from.getMonth(), from.getDate());
    const end = new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1);
    this.api.settlement(start.toISOString(), end.toISOString()).subscribe((lines) => this.lines.set(lines));
  }
}
