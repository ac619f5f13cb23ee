import { toFen } from '../../shared/paged';
import { fullRules, CouponKind, CouponTemplateDto, CouponUse, CouponValidity, DayOfWeek, NewCustomerScope, SaveCouponTemplateDto } from './marketing.models';

/** The editor's values: money in yuan, times as "HH:mm", the fixed validity as two dates. */
export interface CouponFormValue {
  name: string;
  description: string;
  kind: CouponKind;
  amountOffYuan: number;
  payPercent: number;
  maxDiscountYuan: number;
  minSpendYuan: number;
  use: CouponUse;
  storeIds: string[];
  newCustomer: NewCustomerScope;
  windowDays: DayOfWeek[];
  windowFrom: string;
  windowTo: string;
  validity: CouponValidity;
  validRange: Date[];
  validDays: number;
  totalQuantity: number;
  perCustomerLimit: number;
  newCustomerGift: boolean;
}

export const allDays: DayOfWeek[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function emptyCouponForm(): CouponFormValue {
  return {
    name: '', description: '', kind: 'Threshold', amountOffYuan: 10, payPercent: 90, maxDiscountYuan: 0, minSpendYuan: 100, use: 'Orders',
    storeIds: [], newCustomer: 'None', windowDays: [...allDays], windowFrom: '14:00', windowTo: '17:00', validity: 'DaysAfterClaim',
    validRange: [], validDays: 7, totalQuantity: 100, perCustomerLimit: 1, newCustomerGift: false,
  };
}

export function couponFormOf(t: CouponTemplateDto): CouponFormValue {
  const r = fullRules(t.rules);
  return {
    name: t.name, description: t.description ?? '', kind: r.kind, amountOffYuan: r.amountOffFen / 100, payPercent: r.payPercent || 90,
    maxDiscountYuan: r.maxDiscountFen / 100, minSpendYuan: r.minSpendFen / 100, use: r.use, storeIds: [...r.storeIds], newCustomer: r.newCustomer,
    windowDays: r.window ? [...r.window.days] : [...allDays], windowFrom: r.window?.from.slice(0, 5) ?? '14:00', windowTo: r.window?.to.slice(0, 5) ?? '17:00',
    validity: t.validity, validRange: t.validFrom && t.validTo ? [new Date(t.validFrom), new Date(t.validTo)] : [], validDays: t.validDays,
    totalQuantity: t.totalQuantity, perCustomerLimit: t.perCustomerLimit, newCustomerGift: t.newCustomerGift,
  };
}

/**
 * What the API takes: only the fields of the chosen kind are set (a percentage coupon has no amount off, only a
 * time-window coupon has a window, only a new-customer coupon names new customers (by default the issuer's), a deposit coupon is for bookings).
 */
export function couponInputOf(v: CouponFormValue, platform: boolean): SaveCouponTemplateDto {
  const percentage = v.kind === 'Percentage';
  return {
    name: v.name.trim(),
    description: v.description.trim() || null,
    rules: {
      kind: v.kind,
      amountOffFen: percentage ? 0 : toFen(v.amountOffYuan),
      payPercent: percentage ? v.payPercent : 0,
      maxDiscountFen: percentage ? toFen(v.maxDiscountYuan) : 0,
      minSpendFen: toFen(v.minSpendYuan),
      use: v.kind === 'BookingDeposit' ? 'Bookings' : v.use,
      storeIds: platform ? [] : v.storeIds,
      categoryCodes: [],
      productIds: [],
      newCustomer: v.kind !== 'NewCustomer' ? 'None' : v.newCustomer === 'None' ? (platform ? 'Platform' : 'Merchant') : v.newCustomer,
      window: v.kind === 'TimeWindow' ? { days: v.windowDays, from: `${v.windowFrom}:00`, to: `${v.windowTo}:00` } : null,
    },
    validity: v.validity,
    validFrom: v.validity === 'FixedDates' ? (v.validRange[0]?.toISOString() ?? null) : null,
    validTo: v.validity === 'FixedDates' ? (v.validRange[1]?.toISOString() ?? null) : null,
    validDays: v.validity === 'DaysAfterClaim' ? v.validDays : 0,
    totalQuantity: v.totalQuantity,
    perCustomerLimit: v.perCustomerLimit,
    newCustomerGift: platform && v.newCustomerGift,
  };
}
