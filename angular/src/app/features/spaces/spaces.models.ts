import { SpaceKind } from '../catalog/catalog.models';

export type SpaceStatus = 'Free' | 'Booked' | 'InUse' | 'Maintenance' | 'Cleaning';

export const spaceStatuses: SpaceStatus[] = ['Free', 'Booked', 'InUse', 'Cleaning', 'Maintenance'];

/** The same table as the server's SpaceTransitions: which statuses staff may move a space to. */
export const spaceTransitions: Record<SpaceStatus, SpaceStatus[]> = {
  Free: ['Booked', 'InUse', 'Maintenance', 'Cleaning'],
  Booked: ['InUse', 'Free'],
  InUse: ['Cleaning', 'Free'],
  Cleaning: ['Free', 'Maintenance'],
  Maintenance: ['Free'],
};

export interface SpaceDto {
  id: string;
  storeId: string;
  number: string;
  name: string;
  kind: SpaceKind;
  typeCode: string;
  typeName: string;
  minCapacity: number;
  maxCapacity: number;
  facilities: string[];
  features: string[];
  description: string | null;
  floor: number;
  x: number;
  y: number;
  basePriceFen: number;
  priceNowFen: number;
  minimumSpendFen: number;
  priceRules: unknown[];
  depositPercent: number;
  depositPercentOverride: number | null;
  status: SpaceStatus;
  statusChangedAt: string | null;
  concurrencyStamp: string;
}

export interface SaveSpaceDto {
  number: string;
  name: string;
  typeCode: string;
  minCapacity: number;
  maxCapacity: number;
  facilities: string[];
  features: string[];
  description?: string | null;
  floor: number;
  x: number;
  y: number;
  basePriceFen: number;
  minimumSpendFen: number;
  priceRules: unknown[];
  depositPercent?: number | null;
  concurrencyStamp?: string | null;
}

/** The server's push (SpaceStatusChangedEto) on spaceStatusChanged. */
export interface SpaceStatusChanged {
  spaceId: string;
  tenantId: string;
  storeId: string;
  from: SpaceStatus;
  to: SpaceStatus;
  at: string;
}
