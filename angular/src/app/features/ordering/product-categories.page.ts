import { Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { forkJoin } from 'rxjs';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { CurrentStoreService } from '../../shared/current-store.service';
import { StoreSelect } from '../../shared/store-select';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { OrderingApi } from './ordering.api';
import { ProductCategoryDto, Station } from './ordering.models';
import { orderingTexts } from './ordering.texts';

/** Merchant: a store's product categories: create, rename, move up/down, station, enable/disable, delete (when empty). */
@Component({
  selector: 'app-product-categories-page',
  imports: [...PAGE_IMPORTS, StoreSelect, RouterLink],
  templateUrl: './product-categories.page.html',
})
export class ProductCategoriesPage {
  private readonly api = inject(OrderingApi);
  private readonly message = inject(NzMessageService);
  protected readonly current = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly canManage = inject(AuthService).can(Permissions.menuManage);
  protected readonly stations: Station[] = ['Bar', 'Kitchen', 'Service'];
  private readonly list = signal<ProductCategoryDto[]>([]);
  /** In menu order (sort, then code: templates may give two categories the same sort). */
  protected readonly categories = computed(() => [...this.list()].sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code)));
  /** null: closed; 'new': creating; else the category being edited. */
  protected readonly editing = signal<ProductCategoryDto | 'new' | null>(null);
  protected readonly busy = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.maxLength(32), Validators.pattern(/^[A-Za-z0-9][A-Za-z0-9-]*$/)]],
    nameZhHans: ['', [Validators.required, Validators.maxLength(64)]],
    nameEn: ['', [Validators.required, Validators.maxLength(64)]],
    station: ['Bar' as Station],
  });

  constructor() {
    this.i18n.register(orderingTexts);
    this.current.follow((storeId) => this.load(storeId));
  }

  load(storeId = this.current.storeId()): void {
    if (!storeId) return;
    this.api.categories(storeId).subscribe((list) => { if (storeId === this.current.storeId()) this.list.set(list); });
  }

  applyTemplates(): void {
    const storeId = this.current.storeId();
    if (storeId) this.api.applyTemplates(storeId).subscribe((list) => this.list.set(list));
  }

  openCreate(): void {
    this.form.reset({ code: '', nameZhHans: '', nameEn: '', station: 'Bar' });
    this.form.controls.code.enable();
    this.editing.set('new');
  }

  openEdit(category: ProductCategoryDto): void {
    this.form.reset({ code: category.code, nameZhHans: category.nameZhHans, nameEn: category.nameEn, station: category.station });
    this.form.controls.code.disable();
    this.editing.set(category);
  }

  save(): void {
    const storeId = this.current.storeId();
    const target = this.editing();
    if (!storeId || !target) return;
    if (this.form.invalid) { this.form.markAllAsTouched(); return; }
    const v = this.form.getRawValue();
    const names = { nameZhHans: v.nameZhHans.trim(), nameEn: v.nameEn.trim(), station: v.station };
    const call = target === 'new'
      ? this.api.createCategory({ storeId, code: v.code.trim(), ...names, sort: this.nextSort() })
      : this.api.updateCategory(target.id, { ...names, sort: target.sort, isEnabled: target.isEnabled });
    this.busy.set(true);
    call.subscribe({
      next: () => { this.busy.set(false); this.editing.set(null); this.message.success(this.i18n.t('common.saved')); this.load(); },
      error: () => this.busy.set(false), // the problem is shown globally; the form stays open to correct it
    });
  }

  setEnabled(category: ProductCategoryDto, isEnabled: boolean): void {
    this.api.updateCategory(category.id, { ...this.updateOf(category), isEnabled }).subscribe({
      next: (updated) => this.replace(updated),
      error: () => this.load(),
    });
  }

  /** Swaps a category with its neighbour; every category is renumbered 10, 20, 30… and the ones that changed are saved. */
  move(category: ProductCategoryDto, by: -1 | 1): void {
    const ordered = [...this.categories()];
    const from = ordered.findIndex((c) => c.id === category.id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ordered.length) return;
    [ordered[from], ordered[to]] = [ordered[to], ordered[from]];
    const changed = ordered.map((c, i) => ({ c, sort: (i + 1) * 10 })).filter(({ c, sort }) => c.sort !== sort);
    this.busy.set(true);
    forkJoin(changed.map(({ c, sort }) => this.api.updateCategory(c.id, { ...this.updateOf(c), sort }))).subscribe({
      next: () => { this.busy.set(false); this.load(); },
      error: () => { this.busy.set(false); this.load(); },
    });
  }

  remove(category: ProductCategoryDto): void {
    this.api.deleteCategory(category.id).subscribe(() => this.list.update((list) => list.filter((c) => c.id !== category.id)));
  }

  private updateOf(c: ProductCategoryDto) {
    return { nameZhHans: c.nameZhHans, nameEn: c.nameEn, station: c.station, sort: c.sort, isEnabled: c.isEnabled };
  }

  private nextSort(): number {
    return Math.max(0, ...this.list().map((c) => c.sort)) + 10;
  }

  private replace(updated: ProductCategoryDto): void {
    this.list.update((list) => list.map((c) => (c.id === updated.id ? updated : c)));
  }
}
