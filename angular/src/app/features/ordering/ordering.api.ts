import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Paged, query } from '../../shared/paged';
import { CreateProductCategoryDto, OrderDto, OrderStatus, ProductCategoryDto, ProductDto, ProductStatus, SaveProductDto, StockChangeKind, UpdateProductCategoryDto } from './ordering.models';

/** Orders (api/admin/orders) and the menu with stock (api/admin/menu). */
@Injectable({ providedIn: 'root' })
export class OrderingApi {
  private readonly http = inject(HttpClient);

  orders(input: { storeId: string; status?: OrderStatus; skip?: number; take?: number }) {
    return this.http.get<Paged<OrderDto>>('/api/admin/orders', { params: query(input) });
  }

  order(id: string) {
    return this.http.get<OrderDto>(`/api/admin/orders/${id}`);
  }

  /** accept | prepare | deliver | delivered */
  act(id: string, action: 'accept' | 'prepare' | 'deliver' | 'delivered') {
    return this.http.post<OrderDto>(`/api/admin/orders/${id}/${action}`, {});
  }

  reject(id: string, reason: string) {
    return this.http.post<OrderDto>(`/api/admin/orders/${id}/reject`, { reason });
  }

  categories(storeId: string) {
    return this.http.get<ProductCategoryDto[]>(`/api/admin/menu/stores/${storeId}/categories`);
  }

  applyTemplates(storeId: string) {
    return this.http.post<ProductCategoryDto[]>(`/api/admin/menu/stores/${storeId}/categories/apply-templates`, {});
  }

  createCategory(input: CreateProductCategoryDto) {
    return this.http.post<ProductCategoryDto>('/api/admin/menu/categories', input);
  }

  updateCategory(id: string, input: UpdateProductCategoryDto) {
    return this.http.put<ProductCategoryDto>(`/api/admin/menu/categories/${id}`, input);
  }

  deleteCategory(id: string) {
    return this.http.delete<void>(`/api/admin/menu/categories/${id}`);
  }

  products(storeId: string, lowStockOnly = false) {
    return this.http.get<ProductDto[]>('/api/admin/menu/products', { params: query({ storeId, lowStockOnly: lowStockOnly || null }) });
  }

  createProduct(input: SaveProductDto) {
    return this.http.post<ProductDto>('/api/admin/menu/products', input);
  }

  updateProduct(id: string, input: SaveProductDto) {
    return this.http.put<ProductDto>(`/api/admin/menu/products/${id}`, input);
  }

  setProductStatus(id: string, status: ProductStatus) {
    return this.http.post<ProductDto>(`/api/admin/menu/products/${id}/status`, { status });
  }

  changeStock(id: string, kind: StockChangeKind, quantity: number, note?: string) {
    return this.http.post<ProductDto>(`/api/admin/menu/products/${id}/stock`, { kind, quantity, note: note ?? null });
  }
}
