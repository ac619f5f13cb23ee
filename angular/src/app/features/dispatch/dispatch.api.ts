import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { query } from '../../shared/paged';
import { DeliveryStatsDto, DeliveryTaskDto, SetDutyDto, WaiterDutyDto } from './dispatch.models';

/** Waiters' duty and delivery tasks (api/admin/dispatch). */
@Injectable({ providedIn: 'root' })
export class DispatchApi {
  private readonly http = inject(HttpClient);

  setDuty(storeId: string, input: SetDutyDto) {
    return this.http.post<WaiterDutyDto>(`/api/admin/dispatch/${storeId}/duty`, input);
  }

  waiters(storeId: string) {
    return this.http.get<WaiterDutyDto[]>(`/api/admin/dispatch/${storeId}/waiters`);
  }

  tasks(storeId: string, input: { mine?: boolean; openOnly?: boolean } = {}) {
    return this.http.get<DeliveryTaskDto[]>(`/api/admin/dispatch/${storeId}/tasks`, { params: query(input) });
  }

  /** Delivered tasks of the store: minutes from ready to delivered. */
  stats(storeId: string) {
    return this.http.get<DeliveryStatsDto>(`/api/admin/dispatch/${storeId}/stats`);
  }

  /** accept | pickup | decline (give it back: it goes to another waiter) */
  act(taskId: string, action: 'accept' | 'pickup' | 'decline') {
    return this.http.post<DeliveryTaskDto>(`/api/admin/dispatch/tasks/${taskId}/${action}`, {});
  }

  /** The front desk gives a task to a waiter on duty. */
  assign(taskId: string, waiterId: string) {
    return this.http.post<DeliveryTaskDto>(`/api/admin/dispatch/tasks/${taskId}/assign`, { waiterId });
  }

  delivered(taskId: string, orderId: string) {
    return this.http.post<DeliveryTaskDto>(`/api/admin/dispatch/tasks/${taskId}/orders/${orderId}/delivered`, {});
  }
}
