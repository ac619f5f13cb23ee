export type OrderStatus = 'Placed' | 'Paid' | 'Accepted' | 'Preparing' | 'Delivering' | 'Delivered' | 'Completed' | 'Cancelled' | 'Exception';
export type Station = 'Bar' | 'Kitchen' | 'Service';
export type ProductStatus = 'OnSale' | 'SoldOut' | 'Paused';
/** Set by the front desk; the order's station tickets carry it. */
export type OrderPriority = 'Normal' | 'Vip' | 'Urgent';

export interface OrderLineDto {
  id: string;
  productId: string;
  name: string;
  options: string[];
  quantity: number;
  unitPriceFen: number;
  station: Station;
  prepMinutes: number;
  note: string | null;
}

export interface OrderDto {
  id: string;
  number: string;
  storeId: string;
  spaceId: string;
  spaceNumber: string;
  spaceName: string;
  status: OrderStatus;
  lines: OrderLineDto[];
  totalFen: number;
  cashFen: number;
  pointsFen: number;
  refundedFen: number;
  note: string | null;
  placedAt: string;
  paidAt: string | null;
  acceptBy: string | null;
  escalatedAt: string | null;
  estimatedReadyAt: string;
  issue: { kind: string; note: string } | null;
  priority: OrderPriority;
}

/** The server's newOrder push: a paid order reached the store. */
export interface NewOrderPush {
  orderId: string;
  number: string;
  spaceId: string;
  spaceNumber: string;
  at: string;
  sound: string;
}

export interface ProductCategoryDto {
  id: string;
  storeId: string;
  code: string;
  nameZhHans: string;
  nameEn: string;
  station: Station;
  sort: number;
  isEnabled: boolean;
}

export type UpdateProductCategoryDto = Pick<ProductCategoryDto, 'nameZhHans' | 'nameEn' | 'station' | 'sort' | 'isEnabled'>;

export interface CreateProductCategoryDto {
  storeId: string;
  code: string;
  nameZhHans: string;
  nameEn: string;
  station: Station;
  sort: number;
}

/** One choice of a spec group (大杯 +3元, 少冰…), with what it adds to the price. */
export interface SpecOptionDto {
  code: string;
  name: string;
  deltaFen: number;
}

/** A product's spec group (size, ice, sugar…): required or not, one choice or several. */
export interface SpecGroupDto {
  code: string;
  name: string;
  required: boolean;
  multiple: boolean;
  options: SpecOptionDto[];
}

export interface ProductDto {
  id: string;
  storeId: string;
  categoryId: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  /** Photo URLs; the first is the cover. */
  images: string[];
  tags: string[];
  priceFen: number;
  originalPriceFen: number | null;
  memberPriceFen: number | null;
  promotionPriceFen: number | null;
  promotionEndsAt: string | null;
  specs: SpecGroupDto[];
  stock: number | null;
  stockWarning: number;
  stockLow: boolean;
  status: ProductStatus;
  isSoldOut: boolean;
  recommended: boolean;
  prepMinutes: number;
  /** The product's own station; null: its category's. */
  ownStation: Station | null;
  /** The station it is made at (its own, or its category's). */
  station: Station;
  sort: number;
}

/** Create and update share this shape; stock is only read on create (stock moves through the stock endpoints). */
export interface SaveProductDto {
  storeId: string;
  categoryId: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  images: string[];
  tags: string[];
  priceFen: number;
  originalPriceFen: number | null;
  memberPriceFen: number | null;
  promotionPriceFen: number | null;
  promotionEndsAt: string | null;
  specs: SpecGroupDto[];
  /** null: not counted. */
  stock: number | null;
  stockWarning: number;
  recommended: boolean;
  prepMinutes: number;
  /** null: the category's station. */
  station: Station | null;
  sort: number;
}

export type StockChangeKind = 'Replenish' | 'Adjust' | 'Track' | 'Untrack';

/** "芒果茶(大杯) ×2": a line of an order or a ticket as staff read it. */
export function lineText(line: { name: string; options: string[]; quantity: number }): string {
  return `${line.name}${line.options.length ? `(${line.options.join('/')})` : ''} ×${line.quantity}`;
}
