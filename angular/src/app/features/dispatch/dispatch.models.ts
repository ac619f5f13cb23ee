import type { DeliveryTaskStatus } from '../../api/openapi';

export type {
  DeliveryStatsDto,
  DeliveryStopDto,
  DeliveryTaskDto,
  DeliveryTaskStatus,
  FloorPointDto,
  SetDutyDto,
  WaiterDutyDto,
} from '../../api/openapi';

/** deliveryTaskAssigned / deliveryTaskWithdrawn / deliveryTaskChanged pushes (SignalR, not in the OpenAPI document). */
export interface DeliveryTaskPush {
  taskId: string;
  storeId: string;
  waiterId: string | null;
  status: DeliveryTaskStatus;
  orderIds: string[];
  spaceNumbers: string[];
  at: string;
  sound: string;
}
