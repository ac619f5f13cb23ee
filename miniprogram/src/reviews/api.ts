import type { HttpClient } from '../shared/http'
import type { PagedResult } from '../shared/paged'
import type { Review, ReviewImageUpload, StoreReviews, SubmitReview } from './types'

/** Reviews: write one for a completed order or booking, my reviews, and a store's published reviews (anyone). */
export function reviewsApi(http: HttpClient) {
  return {
    requestImageUpload: (contentType: string, sizeBytes: number) =>
      http.post<ReviewImageUpload>('/api/app/reviews/images', { contentType, sizeBytes }),
    submit: (review: SubmitReview) => http.post<Review>('/api/app/reviews', review),
    mine: (sourceId?: string, skip = 0, take = 20) => http.get<PagedResult<Review>>('/api/app/reviews/mine', { query: { sourceId, skip, take } }),
    store: (storeId: string, skip = 0, take = 5) =>
      http.get<StoreReviews>(`/api/app/stores/${storeId}/reviews`, { auth: 'optional', query: { skip, take } }),
  }
}

export type ReviewsApi = ReturnType<typeof reviewsApi>
