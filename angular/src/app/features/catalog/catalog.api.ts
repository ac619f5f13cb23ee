import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CategoryDto, CreateCategoryDto, CreateStoreDto, StoreDto, StoreStatus, UpdateCategoryDto, UpdateStoreDto } from './catalog.models';

/** Categories (api/host/categories, platform) and stores (api/admin/stores, merchant). */
@Injectable({ providedIn: 'root' })
export class CatalogApi {
  private readonly http = inject(HttpClient);

  categories() {
    return this.http.get<CategoryDto[]>('/api/host/categories');
  }

  /** The categories the platform has enabled (what a merchant may open a store in). */
  publicCategories() {
    return this.http.get<CategoryDto[]>('/api/app/catalog/categories');
  }

  createCategory(input: CreateCategoryDto) {
    return this.http.post<CategoryDto>('/api/host/categories', input);
  }

  updateCategory(code: string, input: UpdateCategoryDto) {
    return this.http.put<CategoryDto>(`/api/host/categories/${code}`, input);
  }

  setCategoryEnabled(code: string, enabled: boolean) {
    return this.http.post<CategoryDto>(`/api/host/categories/${code}/${enabled ? 'enable' : 'disable'}`, {});
  }

  stores() {
    return this.http.get<StoreDto[]>('/api/admin/stores');
  }

  store(id: string) {
    return this.http.get<StoreDto>(`/api/admin/stores/${id}`);
  }

  createStore(input: CreateStoreDto) {
    return this.http.post<StoreDto>('/api/admin/stores', input);
  }

  updateStore(id: string, input: UpdateStoreDto) {
    return this.http.put<StoreDto>(`/api/admin/stores/${id}`, input);
  }

  changeStoreStatus(id: string, status: StoreStatus) {
    return this.http.post<StoreDto>(`/api/admin/stores/${id}/status`, { status });
  }
}
