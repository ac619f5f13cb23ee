import type { HttpClient } from '../shared/http'
import type { PagedResult } from '../shared/paged'
import type { Category, MapBox, ScanResult, Space, SpaceFilter, Store, StoreSearch, StoreSummary, Video } from './types'

/** What customers browse, signed in or not (`api/app/catalog`). */
export function catalogApi(http: HttpClient) {
  const anon = { auth: 'optional' as const }
  return {
    categories: () => http.get<Category[]>('/api/app/catalog/categories', anon),
    stores: (search: StoreSearch) => http.get<PagedResult<StoreSummary>>('/api/app/catalog/stores', { ...anon, query: { ...search } }),
    map: (box: MapBox) => http.get<StoreSummary[]>('/api/app/catalog/stores/map', { ...anon, query: { ...box } }),
    store: (id: string) => http.get<Store>(`/api/app/catalog/stores/${id}`, anon),
    spaces: (storeId: string, filter: SpaceFilter = {}) =>
      http.get<Space[]>(`/api/app/catalog/stores/${storeId}/spaces`, { ...anon, query: { ...filter } }),
    space: (id: string) => http.get<Space>(`/api/app/catalog/spaces/${id}`, anon),
    videos: (storeId: string, spaceId?: string) =>
      http.get<Video[]>(`/api/app/catalog/stores/${storeId}/videos`, { ...anon, query: { spaceId } }),
    scan: (token: string) => http.get<ScanResult>('/api/app/catalog/scan', { ...anon, query: { t: token } }),
  }
}

export type CatalogApi = ReturnType<typeof catalogApi>
