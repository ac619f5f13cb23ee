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

export interface ProductDto {
  id: string;
  storeId: string;
  categoryId: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  images: string[];
  tags: string[];
  priceFen: number;
  stock: number | null;
  stockWarning: number;
  stockLow: boolean;
  status: ProductStatus;
  isSoldOut: boolean;
  recommended: boolean;
  prepMinutes: number;
  station: Station;
  sort: number;
}

export interface SaveProductDto {
  storeId: string;
  categoryId: string;
  name: string;
  priceFen: number;
  stock: number | null;
  stockWarning: number;
  prepMinutes: number;
  images: string[];
  tags: string[];
  specs: unknown[];
  recommended: boolean;
  sort: number;
}

export type StockChangeKind = 'Replenish' | 'Adjust' | 'Track' | 'Untrack';

/** "芒果茶(大杯) ×2": a line of an order or a ticket as staff read it. */
export function lineText(line: { name: string; options: string[]; quantity: number }): string {
  return `${line.name}${line.options.length ? `(${line.options.join('/')})` : ''} ×${line.quantity}`;
}
