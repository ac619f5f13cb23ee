import { Component, computed, inject, signal } from '@angular/core';
import { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { Observable, expand, forkJoin, map, reduce, EMPTY } from 'rxjs';
import { I18nService } from '../../core/i18n.service';
import { CurrentStoreService } from '../../shared/current-store.service';
import { Paged, yuan } from '../../shared/paged';
import { StoreSelect } from '../../shared/store-select';
import { saveFile } from '../../shared/save-file';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { BookingsApi } from '../bookings/bookings.api';
import { BookingDto } from '../bookings/bookings.models';
import { OrderingApi } from '../ordering/ordering.api';
import { OrderDto } from '../ordering/ordering.models';
import { analyticsTexts } from './analytics.texts';
import { Period, lastDays, peakHours, periodDays, salesBy, toCsv, topProducts } from './sales-stats';

const pageSize = 100;
const maxPages = 5;

/** Every page of a list endpoint, up to maxPages. */
function allPages<T>(page: (skip: number) => Observable<Paged<T>>): Observable<T[]> {
  return page(0).pipe(
    expand((result, i) => ((i + 1) * pageSize < result.totalCount && i + 1 < maxPages ? page((i + 1) * pageSize) : EMPTY)),
    reduce((items, result) => [...items, ...result.items], [] as T[]),
  );
}

/**
 * Merchant dashboard: sales by day, week or month (exportable as CSV), best sellers and peak hours of a store, charted with ECharts. There is no statistics endpoint yet,
 * so the figures are computed here from the store's latest bookings and orders.
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [...PAGE_IMPORTS, StoreSelect, NgxEchartsDirective, NzRadioModule],
  providers: [provideEchartsCore({ echarts: () => import('echarts') })],
  templateUrl: './dashboard.page.html',
})
export class DashboardPage {
  private readonly bookingsApi = inject(BookingsApi);
  private readonly orderingApi = inject(OrderingApi);
  protected readonly current = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  private readonly data = signal<{ bookings: BookingDto[]; orders: OrderDto[] } | null>(null);
  protected readonly period = signal<Period>('day');
  private readonly zone = computed(() => this.current.store()?.timeZone ?? 'Asia/Shanghai');
  private readonly sales = computed(() => {
    const data = this.data();
    if (!data) return null;
    const days = lastDays(periodDays[this.period()], this.zone());
    return salesBy(data.bookings.filter((b) => b.status === 'Completed'), data.orders, days, this.period(), this.zone());
  });

  protected readonly salesChart = computed<EChartsCoreOption | null>(() => {
    const sales = this.sales();
    if (!sales) return null;
    const series = (name: string, fen: number[]) => ({ name, type: 'bar', stack: 'sales', data: fen.map((f) => Number(yuan(f))) });
    return {
      tooltip: { trigger: 'axis' },
      legend: {},
      xAxis: { type: 'category', data: sales.keys },
      yAxis: { type: 'value' },
      series: [series(this.i18n.t('dashboard.bookings'), sales.bookingsFen), series(this.i18n.t('dashboard.orders'), sales.ordersFen)],
    };
  });

  protected readonly peakChart = computed<EChartsCoreOption | null>(() => {
    const data = this.data();
    if (!data) return null;
    const arrived = data.bookings.filter((b) => b.status === 'CheckedIn' || b.status === 'Completed');
    const peaks = peakHours(arrived, data.orders, this.zone());
    return {
      tooltip: { trigger: 'axis' },
      legend: {},
      xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => `${h}:00`) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: this.i18n.t('dashboard.arrivals'), type: 'line', smooth: true, areaStyle: {}, data: peaks.arrivals },
        { name: this.i18n.t('dashboard.paidOrders'), type: 'line', smooth: true, areaStyle: {}, data: peaks.orders },
      ],
    };
  });

  protected readonly topChart = computed<EChartsCoreOption | null>(() => {
    const data = this.data();
    if (!data) return null;
    const top = topProducts(data.orders, 10).reverse();
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 120 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: top.map((p) => p.name) },
      series: [{ name: this.i18n.t('dashboard.units'), type: 'bar', data: top.map((p) => p.quantity) }],
    };
  });

  /** The sales table behind the chart, as a CSV download. */
  exportCsv(): void {
    const sales = this.sales();
    if (!sales) return;
    const rows = [[this.i18n.t('dashboard.period'), this.i18n.t('dashboard.bookings'), this.i18n.t('dashboard.orders')],
      ...sales.keys.map((key, i) => [key, yuan(sales.bookingsFen[i]), yuan(sales.ordersFen[i])])];
    saveFile(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), `sales-${this.current.store()?.name ?? 'store'}-${this.period()}.csv`);
  }

  constructor() {
    this.i18n.register(analyticsTexts);
    this.current.follow((storeId) => {
      forkJoin({
        bookings: allPages((skip) => this.bookingsApi.list({ storeId, skip, take: pageSize })),
        orders: allPages((skip) => this.orderingApi.orders({ storeId, skip, take: pageSize })).pipe(map((list) => list.filter((o) => o.paidAt))),
      }).subscribe((data) => { if (storeId === this.current.storeId()) this.data.set(data); });
    });
  }
}
