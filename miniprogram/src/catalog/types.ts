/** The catalog as the API sends it (`api/app/catalog`). Money in fen; enums as names. */
export type StoreSort = 'Distance' | 'Composite' | 'PriceLowToHigh' | 'PriceHighToLow' | 'Rating'
export type StoreStatus = 'Open' | 'Paused' | 'ClosedForDay'
export type SpaceKind = 'Room' | 'Booth' | 'Table' | 'Station'
export type SpaceStatus = 'Free' | 'Booked' | 'InUse' | 'Maintenance' | 'Cleaning'
export type DayOfWeek = 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday'

export interface SpaceType {
  code: string
  kind: SpaceKind
  nameZhHans: string
  nameEn: string
}

export interface Category {
  id: string
  code: string
  name: string
  nameZhHans: string
  icon?: string | null
  description?: string | null
  sortOrder: number
  spaceTypes: SpaceType[]
}

export interface StoreSummary {
  id: string
  name: string
  categoryCode: string
  address: string
  latitude: number
  longitude: number
  rating: number
  ratingCount: number
  minPriceFen: number
  image?: string | null
  distanceMeters?: number | null
  openNow: boolean
  score: number
}

export interface TimeRange {
  start: string
  end: string
}

export interface OpeningHours {
  week: { day: DayOfWeek; ranges: TimeRange[] }[]
  exceptions: { date: string; closed: boolean; ranges: TimeRange[]; isHoliday: boolean; note?: string | null }[]
}

export interface Store {
  id: string
  categoryCode: string
  name: string
  address: string
  phone?: string | null
  intro?: string | null
  images: string[]
  latitude: number
  longitude: number
  timeZone: string
  hours: OpeningHours
  status: StoreStatus
  openNow: boolean
  defaultDepositPercent: number
  spaceTypes: SpaceType[]
  bookingPolicy: { cancelDeadlineMinutes: number; noShowGraceMinutes: number; refundDepositOnNoShow: boolean }
  rating: number
  ratingCount: number
  minPriceFen: number
}

export interface PriceRule {
  kind: 'TimeSlot' | 'Weekday' | 'Holiday'
  days: DayOfWeek[]
  from?: string | null
  to?: string | null
  priceFen: number
}

export interface Space {
  id: string
  storeId: string
  number: string
  name: string
  kind: SpaceKind
  typeCode: string
  typeName: string
  minCapacity: number
  maxCapacity: number
  facilities: string[]
  features: string[]
  description?: string | null
  basePriceFen: number
  priceNowFen: number
  minimumSpendFen: number
  priceRules: PriceRule[]
  depositPercent: number
  status: SpaceStatus
  statusChangedAt?: string | null
}

export interface Video {
  id: string
  storeId: string
  spaceId?: string | null
  durationMs?: number | null
  width?: number | null
  height?: number | null
  sortOrder: number
  playUrl?: string | null
  posterUrl?: string | null
}

export interface ScanResult {
  storeId: string
  storeName: string
  spaceId: string
  spaceNumber: string
  spaceName: string
  kind: SpaceKind
  status: SpaceStatus
}

export interface StoreSearch {
  category?: string
  keyword?: string
  openNow?: boolean
  minPriceFen?: number
  maxPriceFen?: number
  minRating?: number
  sort?: StoreSort
  latitude?: number
  longitude?: number
  radiusKm?: number
  skip?: number
  take?: number
}

export interface SpaceFilter {
  partySize?: number
  type?: string
  facilities?: string[]
  maxPriceFen?: number
  status?: SpaceStatus
  sort?: 'Number' | 'Recommended' | 'Price'
}

export interface MapBox {
  south: number
  west: number
  north: number
  east: number
  category?: string
}
