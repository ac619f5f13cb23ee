import type { HttpClient } from '../shared/http'
import type { PagedResult } from '../shared/paged'
import type { ClaimableCoupon, Coupon, CouponState } from './types'

/** Coupons (`api/app/coupons`): the platform's coupon centre, a store's coupons, claiming, and mine. */
export function marketingApi(http: HttpClient) {
  return {
    platformCoupons: () => http.get<ClaimableCoupon[]>('/api/app/coupons/platform', { auth: 'optional' }),
    storeCoupons: (storeId: string) => http.get<ClaimableCoupon[]>(`/api/app/coupons/stores/${storeId}`, { auth: 'optional' }),
    /** A merchant's coupon names the store it was shown at; a platform coupon none. */
    claim: (templateId: string, storeId?: string) => http.post<Coupon>(`/api/app/coupons/templates/${templateId}/claim`, { storeId: storeId ?? null }),
    mine: (state?: CouponState, skip = 0, take = 20) => http.get<PagedResult<Coupon>>('/api/app/coupons/mine', { query: { state, skip, take } }),
  }
}

export type MarketingApi = ReturnType<typeof marketingApi>
