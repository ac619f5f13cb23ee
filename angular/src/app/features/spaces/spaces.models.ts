import type { SpaceStatus } from '../../api/openapi';

export type { SaveSpaceDto, SpaceDto, SpaceStatus } from '../../api/openapi';

export const spaceStatuses: SpaceStatus[] = ['Free', 'Booked', 'InUse', 'Cleaning', 'Maintenance'];

/** The same table as the server's SpaceTransitions: which statuses staff may move a space to. */
export const spaceTransitions: Record<SpaceStatus, SpaceStatus[]> = {
  Free: ['Booked', 'InUse', 'Maintenance', 'Cleaning'],
  Booked: ['InUse', 'Free'],
  InUse: ['Cleaning', 'Free'],
  Cleaning: ['Free', 'Maintenance'],
  Maintenance: ['Free'],
};

/** The server's push (SpaceStatusChangedEto) on spaceStatusChanged (SignalR, not in the OpenAPI document). */
export interface SpaceStatusChanged {
  spaceId: string;
  tenantId: string;
  storeId: string;
  from: SpaceStatus;
  to: SpaceStatus;
  at: string;
}
