export type {
  CreateProductCategoryDto,
  OrderDto,
  OrderLineDto,
  OrderPriority,
  OrderStatus,
  ProductCategoryDto,
  ProductDto,
  ProductStatus,
  SaveProductDto,
  SpecGroupDto,
  SpecOptionDto,
  Station,
  StockChangeKind,
  UpdateProductCategoryDto,
} from '../../api/openapi';

/** The server's newOrder push: a paid order reached the store (SignalR, not in the OpenAPI document). */
export interface NewOrderPush {
  orderId: string;
  number: string;
  spaceId: string;
  spaceNumber: string;
  at: string;
  sound: string;
}

/** "芒果茶(大杯) ×2": a line of an order or a ticket as staff read it. */
export function lineText(line: { name: string; options: string[]; quantity: number }): string {
  return `${line.name}${line.options.length ? `(${line.options.join('/')})` : ''} ×${line.quantity}`;
}
