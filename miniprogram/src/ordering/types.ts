import type { PointsRedemption } from '../loyalty/redemption'

/** Menu, cart and orders as the API sends them (`api/app/menu`, `api/app/carts`, `api/app/orders`). Money in fen. */
export type Station = 'Bar' | 'Kitchen' | 'Service'
export type OrderStatus = 'Placed' | 'Paid' | 'Accepted' | 'Preparing' | 'Delivering' | 'Delivered' | 'Completed' | 'Cancelled' | 'Exception'

export interface SpecOption {
  code: string
  name: string
  deltaFen: number
}

export interface SpecGroup {
  code: string
  name: string
  required: boolean
  multiple: boolean
  options: SpecOption[]
}

export interface MenuProduct {
  id: string
  categoryId: string
  name: string
  description?: string | null
  images: string[]
  tags: string[]
  priceFen: number
  originalPriceFen?: number | null
  memberPriceFen?: number | null
  promotionPriceFen?: number | null
  yourPriceFen: number
  specs: SpecGroup[]
  isSoldOut: boolean
  stockLeft?: number | null
  recommended: boolean
  prepMinutes: number
}

export interface MenuCategory {
  id: string
  code: string
  name: string
  station: Station
  products: MenuProduct[]
}

export interface Menu {
  storeId: string
  storeName: string
  categories: MenuCategory[]
}

export interface Recommendation {
  product: MenuProduct
  reason: string
  reasonZhHans: string
  reasonEn: string
  suggestedQuantity: number
}

export interface Recommendations {
  spaceId: string
  spaceType: string
  timeOfDay: string
  items: Recommendation[]
}

export interface CartLine {
  id: string
  productId: string
  name: string
  options: string[]
  optionsText: string
  quantity: number
  unitPriceFen: number
  currentUnitPriceFen: number
  lineFen: number
  note?: string | null
  available: boolean
  priceChanged: boolean
}

export interface Cart {
  spaceId: string
  storeId: string
  lines: CartLine[]
  itemCount: number
  regularFen: number
  totalFen: number
  savedFen: number
  hasChanges: boolean
  estimatedPrepMinutes: number
}

export interface AddCartLine {
  productId: string
  quantity: number
  options: string[]
  note?: string
}

export interface PlaceOrder {
  spaceId: string
  qrToken: string
  usePoints: boolean
  note?: string
  expectedTotalFen?: number
}

export interface OrderPreview extends PointsRedemption {
  cart: Cart
  estimatedReadyAt: string
}

export interface OrderLine {
  id: string
  productId: string
  name: string
  options: string[]
  quantity: number
  unitPriceFen: number
  regularUnitPriceFen: number
  station: Station
  prepMinutes: number
  note?: string | null
}

export interface Order {
  id: string
  number: string
  storeId: string
  spaceId: string
  spaceNumber: string
  spaceName: string
  status: OrderStatus
  lines: OrderLine[]
  regularFen: number
  totalFen: number
  pointsUsed: number
  pointsFen: number
  cashFen: number
  refundedFen: number
  paymentId?: string | null
  note?: string | null
  placedAt: string
  payBy: string
  paidAt?: string | null
  acceptBy?: string | null
  estimatedReadyAt: string
  deliveredAt?: string | null
  completedAt?: string | null
  cancelReason?: string | null
  issue?: { kind: string; note: string; at: string; resolution?: string | null; resolutionNote?: string | null; refundFen: number } | null
  pointsEarned: number
  timeline: { status: OrderStatus; at: string; note?: string | null }[]
}

export interface OrderPlaced {
  order: Order
  requestPayment?: import('../payments/types').RequestPayment | null
}
