import type { HttpClient } from '../shared/http'
import type { PagedResult } from '../shared/paged'
import type { AddCartLine, Cart, Menu, Order, OrderPlaced, OrderPreview, OrderStatus, PlaceOrder, Recommendations } from './types'

/** Scan to order: the store's menu and recommendations, the cart of the space, checkout and my orders. */
export function orderingApi(http: HttpClient) {
  const cart = (spaceId: string) => `/api/app/carts/${spaceId}`
  return {
    menu: (storeId: string, keyword?: string) => http.get<Menu>(`/api/app/menu/stores/${storeId}`, { auth: 'optional', query: { keyword } }),
    recommendations: (spaceId: string) => http.get<Recommendations>(`/api/app/menu/spaces/${spaceId}/recommendations`, { auth: 'optional' }),
    cart: (spaceId: string) => http.get<Cart>(cart(spaceId)),
    addLine: (spaceId: string, line: AddCartLine) => http.post<Cart>(`${cart(spaceId)}/lines`, line),
    addRecommended: (spaceId: string, productIds: string[]) => http.post<Cart>(`${cart(spaceId)}/recommended`, { productIds }),
    changeLine: (spaceId: string, lineId: string, quantity: number) => http.put<Cart>(`${cart(spaceId)}/lines/${lineId}`, { quantity }),
    clear: (spaceId: string) => http.delete<Cart>(cart(spaceId)),
    preview: (order: PlaceOrder) => http.post<OrderPreview>('/api/app/orders/preview', order),
    place: (order: PlaceOrder) => http.post<OrderPlaced>('/api/app/orders', order),
    list: (status?: OrderStatus, skip = 0, take = 20) => http.get<PagedResult<Order>>('/api/app/orders', { query: { status, skip, take } }),
    get: (id: string) => http.get<Order>(`/api/app/orders/${id}`),
    confirmReceipt: (id: string) => http.post<Order>(`/api/app/orders/${id}/confirm-receipt`),
    cancel: (id: string) => http.post<Order>(`/api/app/orders/${id}/cancel`),
  }
}

export type OrderingApi = ReturnType<typeof orderingApi>
