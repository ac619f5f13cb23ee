import { OrderPriority, Station } from '../ordering/ordering.models';

export type TicketStatus = 'Queued' | 'Preparing' | 'Done' | 'Cancelled';

export interface TicketItemDto {
  lineId: string;
  productId: string;
  name: string;
  options: string[];
  quantity: number;
  note: string | null;
  prepMinutes: number;
  done: boolean;
}

export interface KitchenTicketDto {
  id: string;
  storeId: string;
  orderId: string;
  orderNumber: string;
  spaceId: string;
  spaceNumber: string;
  orderNote: string | null;
  station: Station;
  priority: OrderPriority;
  status: TicketStatus;
  items: TicketItemDto[];
  queuedAt: string;
  dueAt: string;
  startedAt: string | null;
  doneAt: string | null;
  delayed: boolean;
  delayMinutes: number;
}

/** The same product with the same options across open tickets, made at once ("5 × 芒果茶 大杯"). */
export interface TicketBatchDto {
  productId: string;
  name: string;
  options: string[];
  quantity: number;
  tickets: number;
  ticketIds: string[];
  earliestDueAt: string;
}

/** A station's display: open tickets by priority then due time, and the not-yet-made items merged. */
export interface StationFeedDto {
  storeId: string;
  station: Station;
  at: string;
  tickets: KitchenTicketDto[];
  batches: TicketBatchDto[];
  delayedCount: number;
}

/** The server's ticketChanged push (to the station group). */
export interface TicketChangedPush {
  ticketId: string;
  orderId: string;
  orderNumber: string;
  spaceNumber: string;
  station: Station;
  status: TicketStatus;
  priority: OrderPriority;
  at: string;
}
