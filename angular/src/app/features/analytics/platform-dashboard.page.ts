import { Component, OnInit, computed, inject, signal } from '@angular/core';
import { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { forkJoin } from 'rxjs';
import { I18nService } from '../../core/i18n.service';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { CatalogApi } from '../catalog/catalog.api';
import { CategoryDto } from '../catalog/catalog.models';
import { TenancyApi } from '../tenancy/tenancy.api';
import { TenantDto } from '../tenancy/tenancy.models';
import { analyticsTexts } from './analytics.texts';

/**
 * Platform dashboard: merchants by status and by category, and merchants joining per month. There is no platform
 * statistics endpoint yet (GMV, bookings per day): these figures come from the tenants list (its first 100).
 */
@Component({
  selector: 'app-platform-dashboard-page',
  imports: [...PAGE_IMPORTS, NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('echarts') })],
  template: `
    <div class="stats">
      <nz-card [nzTitle]="'platform.byCategory' | t" class="block">
        @if (byCategory(); as options) { <div echarts [options]="options" class="chart" data-testid="by-category"></div> }
      </nz-card>
      <nz-card [nzTitle]="'platform.joined' | t" class="block">
        @if (joined(); as options) { <div echarts [options]="options" class="chart" data-testid="joined"></div> }
      </nz-card>
    </div>
    <small>{{ 'platform.basis' | t: { active: active(), total: tenants().length } }}</small>
  `,
})
export class PlatformDashboardPage implements OnInit {
  private readonly tenancy = inject(TenancyApi);
  private readonly catalog = inject(CatalogApi);
  private readonly i18n = inject(I18nService);
  protected readonly tenants = signal<TenantDto[]>([]);
  private readonly categories = signal<CategoryDto[]>([]);
  protected readonly active = computed(() => this.tenants().filter((t) => t.status === 'Active').length);

  protected readonly byCategory = computed<EChartsCoreOption | null>(() => {
    if (this.tenants().length === 0) return null;
    const data = this.categories().map((c) => ({
      name: this.i18n.pick(c.nameZhHans, c.nameEn),
      value: this.tenants().filter((t) => t.enabledCategories.includes(c.code)).length,
    }));
    return { tooltip: { trigger: 'item' }, legend: { bottom: 0 }, series: [{ type: 'pie', radius: ['40%', '70%'], data }] };
  });

  protected readonly joined = computed<EChartsCoreOption | null>(() => {
    if (this.tenants().length === 0) return null;
    const months = new Map<string, number>();
    for (const t of [...this.tenants()].sort((a, b) => a.creationTime.localeCompare(b.creationTime)))
      months.set(t.creationTime.slice(0, 7), (months.get(t.creationTime.slice(0, 7)) ?? 0) + 1);
    return {
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: [...months.keys()] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: this.i18n.t('platform.newTenants'), type: 'bar', data: [...months.values()] }],
    };
  });

  constructor() {
    this.i18n.register(analyticsTexts);
  }

  ngOnInit(): void {
    forkJoin({ tenants: this.tenancy.list({ take: 100 }), categories: this.catalog.categories() }).subscribe(({ tenants, categories }) => {
      this.categories.set(categories);
      this.tenants.set(tenants.items);
    });
  }
}
