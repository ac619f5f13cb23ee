import { Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { CatalogApi } from '../catalog/catalog.api';
import { CategoryDto } from '../catalog/catalog.models';
import { PaymentSettingsModal } from '../payments/payment-settings.modal';
import { paymentsTexts } from '../payments/payments.texts';
import { TenancyApi } from './tenancy.api';
import { TenantDto } from './tenancy.models';
import { tenancyTexts } from './tenancy.texts';

/** Platform operators: list tenants, create one with its admin user, edit its categories, its WeChat Pay settings, suspend or activate it. */
@Component({
  selector: 'app-tenants-page',
  imports: [...PAGE_IMPORTS, PaymentSettingsModal],
  templateUrl: './tenants.page.html',
})
export class TenantsPage implements OnInit {
  private readonly api = inject(TenancyApi);
  private readonly catalog = inject(CatalogApi);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;

  protected readonly tenants = signal<TenantDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly categories = signal<CategoryDto[]>([]);
  protected readonly editing = signal<TenantDto | 'new' | null>(null);
  protected readonly saving = signal(false);
  /** The tenant whose WeChat Pay settings are open. */
  protected readonly settingsOf = signal<{ id: string; name: string } | null>(null);
  protected filter = '';
  protected pageIndex = 1;
  protected readonly pageSize = 20;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.pattern(/^[a-z0-9][a-z0-9-]{1,62}$/)]],
    displayName: ['', Validators.required],
    contactName: [''],
    contactPhone: [''],
    enabledCategories: [[] as string[]],
    adminUserName: ['admin'],
    adminPassword: [''],
  });

  constructor() {
    this.i18n.register(tenancyTexts);
    this.i18n.register(paymentsTexts); // the payment settings button
  }

  ngOnInit(): void {
    this.load();
    this.catalog.categories().subscribe((list) => this.categories.set(list));
  }

  load(): void {
    this.loading.set(true);
    this.api.list({ filter: this.filter, skip: (this.pageIndex - 1) * this.pageSize, take: this.pageSize }).subscribe({
      next: (page) => { this.tenants.set(page.items); this.total.set(page.totalCount); this.loading.set(false); },
      error: () => this.loading.set(false),
    });
  }

  categoryName(code: string): string {
    const category = this.categories().find((c) => c.code === code);
    return category ? this.i18n.pick(category.nameZhHans, category.nameEn) : code;
  }

  openCreate(): void {
    this.form.reset();
    this.form.controls.name.enable();
    this.editing.set('new');
  }

  openEdit(tenant: TenantDto): void {
    this.form.reset({ name: tenant.name, displayName: tenant.displayName, contactName: tenant.contactName ?? '', contactPhone: tenant.contactPhone ?? '', enabledCategories: tenant.enabledCategories });
    this.form.controls.name.disable();
    this.editing.set(tenant);
  }

  save(): void {
    const editing = this.editing();
    if (!editing || this.form.invalid) { this.form.markAllAsTouched(); return; }
    const v = this.form.getRawValue();
    const common = { displayName: v.displayName, contactName: v.contactName || null, contactPhone: v.contactPhone || null, enabledCategories: v.enabledCategories };
    const call = editing === 'new'
      ? this.api.create({ ...common, name: v.name, adminUserName: v.adminUserName, adminPassword: v.adminPassword })
      : this.api.update(editing.id, { ...common, concurrencyStamp: editing.concurrencyStamp });
    this.saving.set(true);
    call.subscribe({
      next: () => {
        this.saving.set(false);
        this.editing.set(null);
        this.message.success(this.i18n.t(editing === 'new' ? 'tenants.created' : 'common.saved'));
        this.load();
      },
      error: () => this.saving.set(false),
    });
  }

  setActive(tenant: TenantDto, active: boolean): void {
    (active ? this.api.activate(tenant.id) : this.api.deactivate(tenant.id)).subscribe((updated) =>
      this.tenants.update((list) => list.map((t) => (t.id === updated.id ? updated : t))),
    );
  }
}
