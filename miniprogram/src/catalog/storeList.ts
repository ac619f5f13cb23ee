import type { StoreSearch, StoreSort, StoreSummary } from './types'

export interface SortOption {
  sort: StoreSort
  label: string
}

/** Distance first (the default), as the requirements order them. */
export const sortOptions: SortOption[] = [
  { sort: 'Distance', label: '距离最近' },
  { sort: 'Composite', label: '综合排序' },
  { sort: 'PriceLowToHigh', label: '价格从低到高' },
  { sort: 'PriceHighToLow', label: '价格从高到低' },
  { sort: 'Rating', label: '评分最高' },
]

export interface StoreListState {
  category?: string
  keyword?: string
  sort: StoreSort
  openNow: boolean
  minRating?: number
  maxPriceFen?: number
}

export interface Location {
  latitude: number
  longitude: number
}

export const initialStoreList: StoreListState = { sort: 'Distance', openNow: false }

/** Location is asked for only when sorting by distance (minimal permissions). */
export function needsLocation(state: StoreListState): boolean {
  return state.sort === 'Distance'
}

/**
 * The search to send. Distance without a location (permission refused) falls back to the composite ranking;
 * a known location is sent with other sorts too, so the list can still show distances.
 */
export function toStoreSearch(state: StoreListState, location: Location | null, skip = 0, take = 20): StoreSearch {
  const sort: StoreSort = state.sort === 'Distance' && !location ? 'Composite' : state.sort
  return {
    category: state.category,
    keyword: state.keyword?.trim() || undefined,
    openNow: state.openNow || undefined,
    minRating: state.minRating,
    maxPriceFen: state.maxPriceFen,
    sort,
    latitude: location?.latitude,
    longitude: location?.longitude,
    skip,
    take,
  }
}

export function distanceText(meters?: number | null): string {
  if (meters === undefined || meters === null) return ''
  return meters < 1000 ? `${Math.round(meters)}m` : `${(meters / 1000).toFixed(1)}km`
}

/** The map box around a set of stores (with a margin), or around the customer when there are none. */
export function boxAround(points: Location[], margin = 0.05) {
  const lats = points.map((p) => p.latitude)
  const lngs = points.map((p) => p.longitude)
  return {
    south: Math.min(...lats) - margin,
    north: Math.max(...lats) + margin,
    west: Math.min(...lngs) - margin,
    east: Math.max(...lngs) + margin,
  }
}

/** Where a store sits in a box, as percentages from the top-left (the H5 map view). */
export function placeInBox(store: Pick<StoreSummary, 'latitude' | 'longitude'>, box: ReturnType<typeof boxAround>) {
  const x = ((store.longitude - box.west) / (box.east - box.west)) * 100
  const y = ((box.north - store.latitude) / (box.north - box.south)) * 100
  return { x: Math.min(100, Math.max(0, x)), y: Math.min(100, Math.max(0, y)) }
}
