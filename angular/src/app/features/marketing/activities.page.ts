import { DatePipe } from '@angular/common';
import { Component, OnInit, inject, signal } from '@angular/core';
import { forkJoin } from 'rxjs';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { CurrentStoreService } from '../../shared/current-store.service';
import { yuan } from '../../shared/paged';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { OrderingApi } from '../ordering/ordering.api';
import { ProductDto } from '../ordering/ordering.models';
import { ActivityFormValue, activityFormOf, activityInputOf, emptyActivityForm } from './activity-form';
import { MarketingApi } from './marketing.api';
import { ActivityDto, ActivityKind, ActivityReportDto, ActivityStatus, ActivityTheme } from './marketing.models';
import { marketingTexts } from './marketing.texts';

/**
 * Merchant: limited-time activities at chosen stores for a period — special prices with per-customer and total limits,
 * spend-discount tiers, or a points multiplier; pause/resume/end, and each one's sales report.
 */
@Component({
  selector: 'app-activities-page',
  imports: [...PAGE_IMPORTS, NzDatePickerModule, DatePipe],
  templateUrl: './activities.page.html',
})
export class ActivitiesPage implements OnInit {
  private readonly api = inject(MarketingApi);
  private readonly ordering = inject(OrderingApi);
  private readonly message = inject(NzMessageService);
  protected readonly stores = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly canManage = inject(AuthService).can(Permissions.marketingManage);
  protected readonly yuan = yuan;
  protected readonly kinds: ActivityKind[] = ['SpecialPrice', 'SpendDiscount', 'PointsMultiplier'];
  protected readonly themes: ActivityTheme[] = ['General', 'DailySpecial', 'Festival', 'Clearance', 'NewProduct'];
  protected readonly statuses: ActivityStatus[] = ['Active', 'Paused', 'Ended'];
  protected readonly activities = signal<ActivityDto[]>([]);
  protected readonly total = signal(0);
  /** The products of every store of the merchant, for the special-price lines and the report. */
  protected readonly products = signal<ProductDto[]>([]);
  protected pageIndex = 1;
  protected status: ActivityStatus | null = null;
  protected readonly editing = signal<ActivityDto | 'new' | null>(null);
  protected form: ActivityFormValue = emptyActivityForm();
  protected readonly busy = signal(false);
  protected readonly report = signal<{ activity: ActivityDto; report: ActivityReportDto } | null>(null);

  constructor() {
    this.i18n.register(marketingTexts);
  }

  ngOnInit(): void {
    this.stores.reload();
    this.load();
  }

  load(): void {
    this.api.activities({ status: this.status, skip: (this.pageIndex - 1) * 20, take: 20 }).subscribe((page) => {
      this.activities.set(page.items);
      this.total.set(page.totalCount);
    });
  }

  filter(): void {
    this.pageIndex = 1;
    this.load();
  }

  private loadProducts(): void {
    const stores = this.stores.stores();
    if (stores.length === 0 || this.products().length > 0) return;
    forkJoin(stores.map((s) => this.ordering.products(s.id))).subscribe((lists) => this.products.set(lists.flat()));
  }

  productName(id: string): string {
    return this.products().find((p) => p.id === id)?.name ?? id;
  }

  storeNames(ids: string[]): string {
    if (ids.length === 0) return this.i18n.t('coupon.allStores');
    return ids.map((id) => this.stores.stores().find((s) => s.id === id)?.name ?? id).join('、');
  }

  /** The content in a line: "芒果茶 ¥9.90", "满 100 减 10", "200%". */
  content(a: ActivityDto): string {
    if (a.kind === 'SpecialPrice') return a.prices.map((p) => `${this.productName(p.productId)} ¥${yuan(p.priceFen)}`).join('，');
    if (a.kind === 'SpendDiscount') return a.tiers.map((t) => this.i18n.t('coupon.offText', { min: yuan(t.minSpendFen), off: yuan(t.offFen) })).join('，');
    return `${a.multiplierPercent}%`;
  }

  openCreate(): void {
    this.loadProducts();
    this.form = emptyActivityForm();
    this.editing.set('new');
  }

  openEdit(a: ActivityDto): void {
    this.loadProducts();
    this.form = activityFormOf(a);
    if (this.form.prices.length === 0) this.form.prices = emptyActivityForm().prices;
    if (this.form.tiers.length === 0) this.form.tiers = emptyActivityForm().tiers;
    this.editing.set(a);
  }

  addPrice(): void {
    this.form.prices = [...this.form.prices, { productId: null, priceYuan: 0, perCustomerLimit: 1, totalLimit: 0 }];
  }

  addTier(): void {
    this.form.tiers = [...this.form.tiers, { minYuan: 0, offYuan: 0 }];
  }

  removePrice(i: number): void {
    this.form.prices = this.form.prices.filter((_, j) => j !== i);
  }

  removeTier(i: number): void {
    this.form.tiers = this.form.tiers.filter((_, j) => j !== i);
  }

  save(): void {
    const target = this.editing();
    if (!target) return;
    if (!this.form.name.trim() || this.form.period.length < 2) { this.message.warning(this.i18n.t('activity.period')); return; }
    const input = activityInputOf(this.form);
    this.busy.set(true);
    (target === 'new' ? this.api.createActivity(input) : this.api.updateActivity(target.id, input)).subscribe({
      next: () => { this.busy.set(false); this.editing.set(null); this.message.success(this.i18n.t('common.saved')); this.load(); },
      error: () => this.busy.set(false), // shown globally; the form stays open
    });
  }

  change(a: ActivityDto, action: 'pause' | 'resume' | 'end'): void {
    this.api.changeActivity(a.id, action).subscribe({ next: () => this.load(), error: () => this.load() });
  }

  openReport(a: ActivityDto): void {
    this.loadProducts();
    this.api.activityReport(a.id).subscribe((report) => this.report.set({ activity: a, report }));
  }
}
