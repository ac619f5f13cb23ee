import { Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { bookingsTexts } from '../bookings/bookings.texts';
import { Permissions } from '../../core/permissions';
import { CurrentStoreService } from '../../shared/current-store.service';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { LoyaltyApi } from './loyalty.api';
import { RebateBasis, RebateRuleDto } from './loyalty.models';
import { loyaltyTexts } from './loyalty.texts';

/** Merchant: the rules by which a released booking or completed order earns the customer platform points. */
@Component({
  selector: 'app-rebate-rules-page',
  imports: [...PAGE_IMPORTS],
  templateUrl: './rebate-rules.page.html',
})
export class RebateRulesPage implements OnInit {
  private readonly api = inject(LoyaltyApi);
  protected readonly stores = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly canManage = inject(AuthService).can(Permissions.rebateRulesManage);
  protected readonly rules = signal<RebateRuleDto[]>([]);
  protected readonly creating = signal(false);
  protected readonly spendCategories = ['room-fee', 'orders', 'service-fee', 'extras'];
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    storeId: [null as string | null],
    basis: ['TotalSpend' as RebateBasis],
    categories: [[] as string[]],
    pointsPer100Yuan: [100, Validators.min(0)],
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

  create(): void {
    if (this.form.invalid) { this.form.markAllAsTouched(); return; }
    const v = this.form.getRawValue();
    this.api.createRebateRule({ ...v, categories: v.basis === 'Categories' ? v.categories : [], validFrom: null, validTo: null }).subscribe(() => {
      this.creating.set(false);
      this.load();
    });
  }

  setActive(rule: RebateRuleDto, active: boolean): void {
    this.api.setRebateRuleActive(rule.id, active).subscribe(() => this.load());
  }
}
