import type { CouponRulesDto as Rules } from '../../api/openapi';

export type {
  ActivityDto,
  ActivityKind,
  ActivityPriceDto,
  ActivityReportDto,
  ActivityStatus,
  ActivityTheme,
  CouponKind,
  CouponRulesDto,
  CouponTemplateDto,
  CouponTemplateReportDto,
  CouponTemplateStatus,
  CouponUse,
  CouponValidity,
  DayOfWeek,
  NewCustomerScope,
  PlatformCouponSettlementDto,
  SaveActivityDto,
  SaveCouponTemplateDto,
  SpendTierDto,
} from '../../api/openapi';

/** Which side's templates a page shows: the merchant's own (api/admin) or the platform-funded ones (api/host). */
export type MarketingSide = 'merchant' | 'platform';

/**
 * The rules with every field: the schema marks them optional because the same record is a request body with C# defaults
 * (the API always answers them all); these are those defaults.
 */
export function fullRules(r: Rules): Required<Omit<Rules, 'window'>> & Pick<Rules, 'window'> {
  return {
    kind: r.kind ?? 'Threshold', amountOffFen: r.amountOffFen ?? 0, payPercent: r.payPercent ?? 0, maxDiscountFen: r.maxDiscountFen ?? 0,
    minSpendFen: r.minSpendFen ?? 0, use: r.use ?? 'Orders', storeIds: r.storeIds ?? [], categoryCodes: r.categoryCodes ?? [],
    productIds: r.productIds ?? [], newCustomer: r.newCustomer ?? 'None', window: r.window ?? null,
  };
}
