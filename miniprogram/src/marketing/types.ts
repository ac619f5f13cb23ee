/** Coupons as the API sends them (`api/app/coupons`, checkout offers). Money in fen. */
export type {
  ClaimableCouponDto as ClaimableCoupon,
  CouponDto as Coupon,
  CouponKind,
  CouponUse,
  CouponOfferDto as CouponOffer,
  CouponRulesDto as CouponRules,
  CouponState,
  CouponUnusableReason,
  MenuActivityDto as MenuActivity,
  MenuComboDto as MenuCombo,
  MenuComboGroupDto as MenuComboGroup,
} from '../api/openapi'
