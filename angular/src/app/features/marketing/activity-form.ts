import { toFen } from '../../shared/paged';
import { ActivityDto, ActivityKind, ActivityTheme, SaveActivityDto } from './marketing.models';

/** A special-price line as edited: price in yuan. */
export interface PriceLine { productId: string | null; priceYuan: number; perCustomerLimit: number; totalLimit: number }
/** A spend tier as edited: yuan. */
export interface TierLine { minYuan: number; offYuan: number }

export interface ActivityFormValue {
  name: string;
  kind: ActivityKind;
  theme: ActivityTheme;
  storeIds: string[];
  period: Date[];
  prices: PriceLine[];
  tiers: TierLine[];
  multiplierPercent: number;
}

export function emptyActivityForm(now = new Date()): ActivityFormValue {
  return {
    name: '', kind: 'SpecialPrice', theme: 'General', storeIds: [], period: [now, new Date(now.getTime() + 7 * 86_400_000)],
    prices: [{ productId: null, priceYuan: 0, perCustomerLimit: 1, totalLimit: 0 }], tiers: [{ minYuan: 100, offYuan: 10 }], multiplierPercent: 200,
  };
}

export function activityFormOf(a: ActivityDto): ActivityFormValue {
  return {
    name: a.name, kind: a.kind, theme: a.theme, storeIds: [...a.storeIds], period: [new Date(a.startsAt), new Date(a.endsAt)],
    prices: a.prices.map((p) => ({ productId: p.productId, priceYuan: p.priceFen / 100, perCustomerLimit: p.perCustomerLimit, totalLimit: p.totalLimit })),
    tiers: a.tiers.map((t) => ({ minYuan: t.minSpendFen / 100, offYuan: t.offFen / 100 })),
    multiplierPercent: a.multiplierPercent || 200,
  };
}

/** What the API takes: only the content of the chosen kind (prices, tiers or the multiplier), lines without a product left out. */
export function activityInputOf(v: ActivityFormValue): SaveActivityDto {
  return {
    name: v.name.trim(),
    kind: v.kind,
    theme: v.theme,
    storeIds: v.storeIds,
    startsAt: v.period[0]?.toISOString() ?? '',
    endsAt: v.period[1]?.toISOString() ?? '',
    prices: v.kind === 'SpecialPrice'
      ? v.prices.filter((p) => p.productId).map((p) => ({ productId: p.productId!, priceFen: toFen(p.priceYuan), perCustomerLimit: p.perCustomerLimit, totalLimit: p.totalLimit }))
      : [],
    tiers: v.kind === 'SpendDiscount' ? v.tiers.map((t) => ({ minSpendFen: toFen(t.minYuan), offFen: toFen(t.offYuan) })) : [],
    multiplierPercent: v.kind === 'PointsMultiplier' ? v.multiplierPercent : 0,
  };
}
