import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { CatalogApi } from '../features/catalog/catalog.api';
import { StoreDto } from '../features/catalog/catalog.models';

const storageKey = 'locallife.admin.store';

/** The store a merchant page works on (spaces board, front desk, ...): chosen once, remembered in this browser. */
@Injectable({ providedIn: 'root' })
export class CurrentStoreService {
  private readonly catalog = inject(CatalogApi);
  readonly stores = signal<StoreDto[]>([]);
  readonly storeId = signal<string | null>(localStorage.getItem(storageKey));
  readonly store = computed(() => this.stores().find((s) => s.id === this.storeId()) ?? null);

  /** Loads the tenant's stores and keeps the remembered one if it still exists, else the first. */
  reload(): void {
    this.catalog.stores().subscribe((stores) => {
      this.stores.set(stores);
      if (!stores.some((s) => s.id === this.storeId())) this.select(stores[0]?.id ?? null);
    });
  }

  /**
   * For a page (call from its constructor): loads the store list, then runs `load` for the chosen store now and
   * whenever another is chosen; what `load` returns runs when the store changes or the page goes.
   */
  follow(load: (storeId: string) => void | (() => void)): void {
    this.reload();
    effect((onCleanup) => {
      const storeId = this.storeId();
      if (!storeId) return;
      const cleanup = load(storeId);
      if (cleanup) onCleanup(cleanup);
    });
  }

  select(id: string | null): void {
    this.storeId.set(id);
    if (id) localStorage.setItem(storageKey, id);
    else localStorage.removeItem(storageKey);
  }
}
