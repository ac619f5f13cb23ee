export type DeliveryTaskStatus = 'Pending' | 'Assigned' | 'Accepted' | 'PickedUp' | 'Delivered' | 'Cancelled';

export interface FloorPointDto {
  floor: number;
  x: number;
  y: number;
}

export interface WaiterDutyDto {
  userId: string;
  storeId: string;
  name: string;
  onDuty: boolean;
  position: FloorPointDto;
  lastSpaceId: string | null;
  openTasks: number;
}

/** On or off duty; the position is a space (its floor-plan point), else the last one is kept. */
export interface SetDutyDto {
  onDuty: boolean;
  spaceId?: string | null;
}

export interface DeliveryStopDto {
  orderId: string;
  orderNumber: string;
  spaceId: string;
  spaceNumber: string;
  position: FloorPointDto;
  readyAt: string;
  deliveredAt: string | null;
}

export interface DeliveryTaskDto {
  id: string;
  storeId: string;
  status: DeliveryTaskStatus;
  waiterId: string | null;
  stops: DeliveryStopDto[];
  createdAt: string;
  assignedAt: string | null;
  acceptBy: string | null;
  acceptedAt: string | null;
  pickedUpAt: string | null;
  deliveredAt: string | null;
}

/** deliveryTaskAssigned / deliveryTaskWithdrawn / deliveryTaskChanged pushes. */
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

/** Delivery statistics of a store's delivered tasks: minutes from ready to delivered. */
export interface DeliveryStatsDto {
  delivered: number;
  averageMinutes: number;
  maxMinutes: number;
}
