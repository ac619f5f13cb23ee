import { Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { CatalogApi } from './catalog.api';
import { CategoryDto, StoreDto, StoreStatus } from './catalog.models';
import { catalogTexts } from './catalog.texts';
import { DayRow, toHours, toRows } from './opening-hours';

/** Merchant: the tenant's stores, with address, location, hours, images and booking deposit. */
@Component({
  selector: 'app-stores-page',
  imports: [...PAGE_IMPORTS],
  templateUrl: './stores.page.html',
  styleUrl: './stores.page.css',
})
export class StoresPage implements OnInit {
  private readonly api = inject(CatalogApi);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;

  protected readonly stores = signal<StoreDto[]>([]);
  protected readonly categories = signal<CategoryDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly editing = signal<StoreDto | 'new' | null>(null);
  protected readonly saving = signal(false);
  protected rows: DayRow[] = toRows(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    categoryCode: ['', Validators.required],
    name: ['', Validators.required],
    address: ['', Validators.required],
    phone: [''],
    intro: [''],
    latitude: [31.2304, [Validators.required, Validators.min(-90), Validators.max(90)]],
    longitude: [121.4737, [Validators.required, Validators.min(-180), Validators.max(180)]],
    images: [''],
    defaultDepositPercent: [30, [Validators.min(0), Validators.max(100)]],
  });

  constructor() {
    this.i18n.register(catalogTexts);
  }

  ngOnInit(): void {
    this.load();
    this.api.publicCategories().subscribe((list) => this.categories.set(list));
  }

  load(): void {
    this.loading.set(true);
    this.api.stores().subscribe({ next: (list) => { this.stores.set(list); this.loading.set(false); }, error: () => this.loading.set(false) });
  }

  categoryName(code: string): string {
    const c = this.categories().find((x) => x.code === code);
    return c ? this.i18n.pick(c.nameZhHans, c.nameEn) : code;
  }

  openCreate(): void {
    this.form.reset();
    this.form.controls.categoryCode.enable();
    this.rows = toRows(null);
    this.editing.set('new');
  }

  openEdit(store: StoreDto): void {
    this.form.reset({
      categoryCode: store.categoryCode, name: store.name, address: store.address, phone: store.phone ?? '', intro: store.intro ?? '',
      latitude: store.latitude, longitude: store.longitude, images: store.images.join('\n'), defaultDepositPercent: store.defaultDepositPercent,
    });
    this.form.controls.categoryCode.disable();
    this.rows = toRows(store.hours);
    this.editing.set(store);
  }

  save(): void {
    const editing = this.editing();
    if (!editing || this.form.invalid) { this.form.markAllAsTouched(); return; }
    const v = this.form.getRawValue();
    const input = {
      name: v.name, address: v.address, phone: v.phone || null, intro: v.intro || null,
      images: v.images.split('\n').map((s) => s.trim()).filter(Boolean),
      latitude: v.latitude, longitude: v.longitude, defaultDepositPercent: v.defaultDepositPercent,
      hours: toHours(this.rows, editing === 'new' ? null : editing.hours),
    };
    const call = editing === 'new'
      ? this.api.createStore({ ...input, categoryCode: v.categoryCode })
      : this.api.updateStore(editing.id, { ...input, concurrencyStamp: editing.concurrencyStamp });
    this.saving.set(true);
    call.subscribe({
      next: () => {
        this.saving.set(false);
        this.editing.set(null);
        this.message.success(this.i18n.t(editing === 'new' ? 'stores.created' : 'common.saved'));
        this.load();
      },
      error: () => this.saving.set(false),
    });
  }

  setStatus(store: StoreDto, status: StoreStatus): void {
    this.api.changeStoreStatus(store.id, status).subscribe((updated) => this.stores.update((list) => list.map((s) => (s.id === updated.id ? updated : s))));
  }
}
