import { Component, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { CurrentStoreService } from '../../shared/current-store.service';
import { yuan } from '../../shared/paged';
import { StoreSelect } from '../../shared/store-select';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { OrderingApi } from './ordering.api';
import { ProductCategoryDto, ProductDto, ProductStatus, StockChangeKind } from './ordering.models';
import { orderingTexts } from './ordering.texts';
import { ProductEditor } from './product-editor';

/**
 * Merchant: a store's menu (categories from the category template, products with their photos, prices and specs, edited in
 * the product editor) and stock (replenish, stocktake, sold out).
 */
@Component({
  selector: 'app-menu-page',
  imports: [...PAGE_IMPORTS, StoreSelect, RouterLink, ProductEditor],
  templateUrl: './menu.page.html',
})
export class MenuPage {
  private readonly api = inject(OrderingApi);
  private readonly message = inject(NzMessageService);
  private readonly auth = inject(AuthService);
  protected readonly current = inject(CurrentStoreService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly canStock = this.auth.can(Permissions.menuStock);
  protected readonly canManage = this.auth.can(Permissions.menuManage);
  protected readonly yuan = yuan;
  protected readonly categories = signal<ProductCategoryDto[]>([]);
  protected readonly products = signal<ProductDto[]>([]);
  protected lowOnly = false;
  protected readonly stocking = signal<{ product: ProductDto; kind: StockChangeKind } | null>(null);
  protected stockQuantity = 0;
  private readonly editor = viewChild.required(ProductEditor);

  constructor() {
    this.i18n.register(orderingTexts);
    this.current.follow((storeId) => this.load(storeId));
  }

  load(storeId = this.current.storeId()): void {
    if (!storeId) return;
    this.api.categories(storeId).subscribe((list) => this.categories.set(list));
    this.api.products(storeId, this.lowOnly).subscribe((list) => { if (storeId === this.current.storeId()) this.products.set(list); });
  }

  categoryName(id: string): string {
    const c = this.categories().find((x) => x.id === id);
    return c ? this.i18n.pick(c.nameZhHans, c.nameEn) : '';
  }

  applyTemplates(): void {
    const storeId = this.current.storeId();
    if (storeId) this.api.applyTemplates(storeId).subscribe((list) => this.categories.set(list));
  }

  /** Opens the product editor: a new product (null) or an existing one. */
  openEditor(product: ProductDto | null): void {
    const storeId = this.current.storeId();
    if (storeId) this.editor().open(storeId, product);
  }

  saved(product: ProductDto): void {
    this.message.success(this.i18n.t('common.saved'));
    if (this.products().some((p) => p.id === product.id)) this.replace(product);
    else this.load();
  }

  setStatus(product: ProductDto, status: ProductStatus): void {
    this.api.setProductStatus(product.id, status).subscribe((p) => this.replace(p));
  }

  openStock(product: ProductDto, kind: StockChangeKind): void {
    this.stockQuantity = kind === 'Adjust' ? (product.stock ?? 0) : 10;
    this.stocking.set({ product, kind });
  }

  changeStock(): void {
    const s = this.stocking();
    if (!s) return;
    const kind = s.product.stock === null ? 'Track' : s.kind;
    this.api.changeStock(s.product.id, kind, this.stockQuantity).subscribe((p) => { this.stocking.set(null); this.replace(p); });
  }

  private replace(product: ProductDto): void {
    this.products.update((list) => list.map((p) => (p.id === product.id ? product : p)));
  }
}
