import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Station } from '../ordering/ordering.models';
import { OrderPriority } from '../ordering/ordering.models';
import { KitchenTicketDto, StationFeedDto } from './kitchen.models';

/** Station displays and ticket progress (api/admin/kitchen). */
@Injectable({ providedIn: 'root' })
export class KitchenApi {
  private readonly http = inject(HttpClient);

  feed(storeId: string, station: Station) {
    return this.http.get<StationFeedDto>(`/api/admin/kitchen/${storeId}/stations/${station}`);
  }

  /** start | done */
  act(ticketId: string, action: 'start' | 'done') {
    return this.http.post<KitchenTicketDto>(`/api/admin/kitchen/tickets/${ticketId}/${action}`, {});
  }

  itemDone(ticketId: string, lineId: string) {
    return this.http.post<KitchenTicketDto>(`/api/admin/kitchen/tickets/${ticketId}/items/${lineId}/done`, {});
  }

  /** The front desk raises (or lowers) an order's tickets: Normal, Vip or Urgent. */
  prioritize(orderId: string, priority: OrderPriority) {
    return this.http.post<KitchenTicketDto[]>(`/api/admin/kitchen/orders/${orderId}/priority`, { priority });
  }
}
