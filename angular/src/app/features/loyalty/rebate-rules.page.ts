import { DatePipe } from '@angular/common';
import { Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { bookingsTexts } from '../bookings/bookings.texts';
import { Permissions } from '../../core/permissions';
import { CurrentStoreService } from '../../shared/current-store.service';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { LoyaltyApi } from './loyalty.api';
import { RebateBasis, RebateRuleDto } from './loyalty.models';
import { loyaltyTexts } from './loyalty.texts';
import { SettlementCard } from './settlement-card';

/**
 * Merchant: the rules by which a released booking or completed order earns the customer platform points (create, edit,
 * switch on/off), and the settlement of points that crossed to or from other merchants.
 */
@Component({
  selector: 'app-rebate-rules-page',
  imports: [...PAGE_IMPORTS, NzDatePickerModule, DatePipe, SettlementCard],
  templateUrl: './rebate-rules.page.html',
})
export class RebateRulesPage implements OnInit {
  private readonly api = inject(LoyaltyApi);
  protected readonly stores = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly canManage = inject(AuthService).can(Permissions.rebateRulesManage);
  protected readonly rules = signal<RebateRuleDto[]>([]);
  private readonly message = inject(NzMessageService);
  /** null: closed; 'new': creating; else the rule being edited. */
  protected readonly editing = signal<RebateRuleDto | 'new' | null>(null);
  protected readonly busy = signal(false);
  protected readonly spendCategories = ['room-fee', 'orders', 'service-fee', 'extras'];
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    storeId: [null as string | null],
    basis: ['TotalSpend' as RebateBasis],
    categories: [[] as string[]],
    pointsPer100Yuan: [100, [Validators.min(1), Validators.max(10_000)]],
    validity: [[] as Date[]],
  });

  constructor() {
    this.i18n.register(loyaltyTexts);
    this.i18n.register(bookingsTexts); // the spend categories' names
  }

  ngOnInit(): void {
    this.stores.reload();
    this.load();
  }

  load(): void {
    this.api.rebateRules().subscribe((list) => this.rules.set(list));
  }

  storeName(id: string | null): string {
    return id ? (this.stores.stores().find((s) => s.id === id)?.name ?? id) : this.i18n.t('rebate.allStores');
  }

  openCreate(): void {
    this.form.reset({ name: '', storeId: null, basis: 'TotalSpend', categories: [], pointsPer100Yuan: 100, validity: [] });
    this.editing.set('new');
  }

  openEdit(rule: RebateRuleDto): void {
    this.form.reset({
      name: rule.name, storeId: rule.storeId, basis: rule.basis, categories: rule.categories, pointsPer100Yuan: rule.pointsPer100Yuan,
      validity: rule.validFrom && rule.validTo ? [new Date(rule.validFrom), new Date(rule.validTo)] : [],
    });
    this.editing.set(rule);
  }

  save(): void {
    const target = this.editing();
    if (!target) return;
    if (this.form.invalid) { this.form.markAllAsTouched(); return; }
    const { validity, ...v } = this.form.getRawValue();
    const input = {
      ...v, name: v.name.trim(), categories: v.basis === 'Categories' ? v.categories : [],
      validFrom: validity[0]?.toISOString() ?? null, validTo: validity[1]?.toISOString() ?? null,
    };
    this.busy.set(true);
    (target === 'new' ? this.api.createRebateRule(input) : this.api.updateRebateRule(target.id, input)).subscribe({
      next: () => { this.busy.set(false); this.editing.set(null); this.message.success(this.i18n.t('common.saved')); this.load(); },
      error: () => this.busy.set(false), // shown globally; the form stays open
    });
  }

  setActive(rule: RebateRuleDto, active: boolean): void {
    this.api.setRebateRuleActive(rule.id, active).subscribe({ next: () => this.load(), error: () => this.load() });
  }
}
