import type { paths } from '../api/openapi'

/** The catalog as the API sends it (`api/app/catalog`), named as the pages use them. Money in fen; enums as names. */
export type {
  CategoryDto as Category,
  DayOfWeek,
  OpeningHoursDto as OpeningHours,
  PriceRuleDto as PriceRule,
  ScanResultDto as ScanResult,
  SpaceDto as Space,
  SpaceKind,
  SpaceStatus,
  SpaceTypeDto as SpaceType,
  StoreDto as Store,
  StoreSort,
  StoreStatus,
  StoreSummaryDto as StoreSummary,
  TimeRangeDto as TimeRange,
  VideoDto as Video,
} from '../api/openapi'

/** The query of a route, as the document lists its parameters. */
type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never

export type StoreSearch = Query<'/api/app/catalog/stores'>
export type SpaceFilter = Query<'/api/app/catalog/stores/{id}/spaces'>
export type MapBox = Query<'/api/app/catalog/stores/map'>
