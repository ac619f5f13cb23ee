import type { OrderPriority, Station, TicketStatus } from '../../api/openapi';

export type { KitchenTicketDto, StationFeedDto, TicketBatchDto, TicketItemDto, TicketStatus } from '../../api/openapi';

/** The server's ticketChanged push (to the station group; SignalR, not in the OpenAPI document). */
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
