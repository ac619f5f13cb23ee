import { DatePipe } from '@angular/common';
import { Component, OnInit, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { CurrentStoreService } from '../../shared/current-store.service';
import { yuan } from '../../shared/paged';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { allDays, couponFormOf, couponInputOf, emptyCouponForm } from './coupon-form';
import { CouponSettlementCard } from './coupon-settlement-card';
import { MarketingApi } from './marketing.api';
import { fullRules, CouponKind, CouponTemplateDto, CouponTemplateReportDto, CouponTemplateStatus, MarketingSide } from './marketing.models';
import { marketingTexts } from './marketing.texts';

/**
 * Coupon templates of one side (route data `side`): a merchant's own, good at its chosen stores, or the platform's,
 * funded by the platform and good at every merchant. Create, edit, pause/resume/end, and each one's results.
 */
@Component({
  selector: 'app-coupon-templates-page',
  imports: [...PAGE_IMPORTS, NzDatePickerModule, DatePipe, CouponSettlementCard],
  templateUrl: './coupon-templates.page.html',
})
export class CouponTemplatesPage implements OnInit {
  private readonly api = inject(MarketingApi);
  private readonly message = inject(NzMessageService);
  private readonly auth = inject(AuthService);
  protected readonly stores = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly side: MarketingSide = inject(ActivatedRoute).snapshot.data['side'] === 'platform' ? 'platform' : 'merchant';
  protected readonly platform = this.side === 'platform';
  protected readonly managePermission = this.platform ? Permissions.hostMarketingManage : Permissions.marketingManage;
  protected readonly canManage = this.auth.can(this.managePermission);
  protected readonly kinds: CouponKind[] = ['Threshold', 'Percentage', 'NewCustomer', 'TimeWindow', 'BookingDeposit'];
  protected readonly statuses: CouponTemplateStatus[] = ['Active', 'Paused', 'Ended'];
  protected readonly days = allDays;
  protected readonly yuan = yuan;
  protected readonly templates = signal<CouponTemplateDto[]>([]);
  protected readonly total = signal(0);
  protected pageIndex = 1;
  protected status: CouponTemplateStatus | null = null;
  /** null: closed; 'new': creating; else the template being edited. */
  protected readonly editing = signal<CouponTemplateDto | 'new' | null>(null);
  protected readonly busy = signal(false);
  protected readonly report = signal<{ template: CouponTemplateDto; report: CouponTemplateReportDto } | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    ...emptyFormControls(),
    name: ['', [Validators.required, Validators.maxLength(64)]],
  });
  protected readonly kind = signal<CouponKind>('Threshold');
  protected readonly validity = signal(this.form.controls.validity.value);
  protected readonly percentage = computed(() => this.kind() === 'Percentage');

  constructor() {
    this.i18n.register(marketingTexts);
    this.form.controls.kind.valueChanges.subscribe((k) => this.kind.set(k));
    this.form.controls.validity.valueChanges.subscribe((v) => this.validity.set(v));
  }

  ngOnInit(): void {
    if (!this.platform) this.stores.reload();
    this.load();
  }

  load(): void {
    this.api.templates(this.side, { status: this.status, skip: (this.pageIndex - 1) * 20, take: 20 }).subscribe((page) => {
      this.templates.set(page.items);
      this.total.set(page.totalCount);
    });
  }

  filter(): void {
    this.pageIndex = 1;
    this.load();
  }

  /** "满 100 减 10", "8.5 折 最高减 20": what a customer reads on the coupon. */
  benefit(t: CouponTemplateDto): string {
    const r = fullRules(t.rules);
    if (r.kind === 'Percentage') {
      const text = this.i18n.t('coupon.percentText', { percent: r.payPercent / 10, off: 100 - r.payPercent });
      return r.maxDiscountFen > 0 ? `${text} ${this.i18n.t('coupon.capText', { cap: yuan(r.maxDiscountFen) })}` : text;
    }
    return this.i18n.t('coupon.offText', { min: yuan(r.minSpendFen), off: yuan(r.amountOffFen) });
  }

  storeNames(ids: string[] = []): string {
    if (ids.length === 0) return this.i18n.t('coupon.allStores');
    return ids.map((id) => this.stores.stores().find((s) => s.id === id)?.name ?? id).join('、');
  }

  openCreate(): void {
    this.form.reset(emptyCouponForm());
    this.editing.set('new');
  }

  openEdit(t: CouponTemplateDto): void {
    this.form.reset(couponFormOf(t));
    this.editing.set(t);
  }

  save(): void {
    const target = this.editing();
    if (!target) return;
    if (this.form.invalid) { this.form.markAllAsTouched(); return; }
    const input = couponInputOf(this.form.getRawValue(), this.platform);
    this.busy.set(true);
    (target === 'new' ? this.api.createTemplate(this.side, input) : this.api.updateTemplate(this.side, target.id, input)).subscribe({
      next: () => { this.busy.set(false); this.editing.set(null); this.message.success(this.i18n.t('common.saved')); this.load(); },
      error: () => this.busy.set(false), // shown globally; the form stays open
    });
  }

  change(t: CouponTemplateDto, action: 'pause' | 'resume' | 'end'): void {
    this.api.changeTemplate(this.side, t.id, action).subscribe({ next: () => this.load(), error: () => this.load() });
  }

  openReport(t: CouponTemplateDto): void {
    this.api.templateReport(this.side, t.id).subscribe((report) => this.report.set({ template: t, report }));
  }
}

function emptyFormControls() {
  const v = emptyCouponForm();
  return {
    description: [v.description, Validators.maxLength(256)],
    kind: [v.kind],
    amountOffYuan: [v.amountOffYuan, Validators.min(0)],
    payPercent: [v.payPercent, [Validators.min(1), Validators.max(99)]],
    maxDiscountYuan: [v.maxDiscountYuan, Validators.min(0)],
    minSpendYuan: [v.minSpendYuan, Validators.min(0)],
    use: [v.use],
    storeIds: [v.storeIds],
    newCustomer: [v.newCustomer],
    windowDays: [v.windowDays],
    windowFrom: [v.windowFrom, Validators.pattern(/^\d{2}:\d{2}$/)],
    windowTo: [v.windowTo, Validators.pattern(/^\d{2}:\d{2}$/)],
    validity: [v.validity],
    validRange: [v.validRange],
    validDays: [v.validDays, Validators.min(0)],
    totalQuantity: [v.totalQuantity, Validators.min(1)],
    perCustomerLimit: [v.perCustomerLimit, Validators.min(1)],
    newCustomerGift: [v.newCustomerGift],
  };
}
