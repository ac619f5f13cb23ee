export type PointsDocumentType = string;

export interface MemberLevelDto {
  code: string;
  nameZhHans: string;
  nameEn: string;
  thresholdFen: number;
  multiplierPercent: number;
  birthdayBonusPoints: number;
  priorityBooking: boolean;
}

export interface LoyaltySettingsDto {
  pointsPerYuan: number;
  offsetCapPercent: number;
  payableDocuments: PointsDocumentType[];
  validityDays: number;
  levels: MemberLevelDto[];
}

export type RebateBasis = 'TotalSpend' | 'Categories';

export interface RebateRuleDto {
  id: string;
  name: string;
  storeId: string | null;
  basis: RebateBasis;
  categories: string[];
  pointsPer100Yuan: number;
  validFrom: string | null;
  validTo: string | null;
  isActive: boolean;
}

export type SaveRebateRuleDto = Omit<RebateRuleDto, 'id' | 'isActive'>;

/** Points one merchant issued that were spent at another, and what they are worth. */
export interface SettlementLineDto {
  earnedAtTenantId: string | null;
  earnedAtName: string | null;
  spentAtTenantId: string | null;
  spentAtName: string | null;
  points: number;
  amountFen: number;
}
