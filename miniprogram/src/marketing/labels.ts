import { yuan } from '../shared/money'
import type { CouponKind, CouponOffer, CouponRules, CouponState, CouponUnusableReason, CouponUse } from './types'

/** What a coupon gives, as printed on it: "满100减10", "9折 最高减20", "无门槛减5". */
export function couponBenefit(r: CouponRules): string {
  // The schema marks the rules' fields optional (the same record is a request with defaults); the API always sends them.
  const { payPercent = 0, maxDiscountFen = 0, minSpendFen = 0, amountOffFen = 0 } = r
  if (r.kind === 'Percentage') {
    const text = `${payPercent / 10}折`
    return maxDiscountFen > 0 ? `${text} 最高减${yuan(maxDiscountFen)}` : text
  }
  return minSpendFen > 0 ? `满${yuan(minSpendFen)}减${yuan(amountOffFen)}` : `无门槛减${yuan(amountOffFen)}`
}

export const couponKindText: Record<CouponKind, string> = {
  Threshold: '满减券', Percentage: '折扣券', NewCustomer: '新客券', TimeWindow: '时段券', BookingDeposit: '订金券',
}

export const couponUseText: Record<CouponUse, string> = { Orders: '点单可用', Bookings: '预订可用', Both: '点单、预订可用' }

export const couponStateText: Record<CouponState, string> = { Usable: '可使用', Used: '已使用', Expired: '已过期', NotYetValid: '未生效' }

export const unusableReasonText: Record<CouponUnusableReason, string> = {
  NotValidNow: '不在有效期内',
  OtherStore: '本店不可用',
  OtherUse: '此处不可用',
  OutsideTimeWindow: '不在可用时段',
  NotNewCustomer: '仅限新客',
  NoEligibleItems: '没有可用商品',
  BelowMinimumSpend: '未达使用门槛',
}

/** The picker's rows: usable coupons first (most off first), then the others with why not. */
export function sortOffers(offers: CouponOffer[]): CouponOffer[] {
  return [...offers].sort((a, b) => Number(b.usable) - Number(a.usable) || b.discountFen - a.discountFen)
}

/**
 * What to send for the coupon choice: `undefined` lets the server pick its best, `null` says no coupon, an id that one.
 * The preview answers with the coupon it applied (couponId), which the picker then shows as chosen.
 */
export type CouponChoice = string | null | undefined

export function couponFields(choice: CouponChoice): { couponId?: string; noCoupon?: boolean } {
  if (choice === undefined) return {}
  if (choice === null) return { noCoupon: true }
  return { couponId: choice }
}

export function kindText(r: CouponRules): string {
  return couponKindText[r.kind ?? 'Threshold']
}

export function useText(r: CouponRules): string {
  return couponUseText[r.use ?? 'Orders']
}
