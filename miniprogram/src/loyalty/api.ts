import type { HttpClient } from '../shared/http'
import type { PagedResult } from '../shared/paged'
import type { PointsAccount, PointsEntry } from './types'

/** The signed-in customer's points (`api/app/loyalty`): balance and level, history. */
export function loyaltyApi(http: HttpClient) {
  return {
    account: () => http.get<PointsAccount>('/api/app/loyalty/account'),
    history: (skip = 0, take = 20) => http.get<PagedResult<PointsEntry>>('/api/app/loyalty/history', { query: { skip, take } }),
  }
}
