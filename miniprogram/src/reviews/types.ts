/** What was reviewed: a completed order or a finished (released) booking. */
export type ReviewSourceKind = 'Order' | 'Booking'
export type ReviewStatus = 'Pending' | 'Published' | 'Rejected'

export interface ReviewReply {
  text: string
  repliedAt: string
  editedAt: string | null
}

/** A review as its author sees it (`ReviewDto`). */
export interface Review {
  id: string
  storeId: string
  storeName: string
  sourceKind: ReviewSourceKind
  sourceId: string
  stars: number
  text: string
  tags: string[]
  images: string[]
  status: ReviewStatus
  rejectionReason: string | null
  submittedAt: string
  publishedAt: string | null
  reply: ReviewReply | null
}

/** A published review as everyone sees it (`PublicReviewDto`). */
export interface PublicReview {
  id: string
  author: string
  stars: number
  text: string
  tags: string[]
  images: string[]
  publishedAt: string
  reply: ReviewReply | null
}

export interface StoreReviews {
  storeId: string
  average: number
  count: number
  /** How many reviews gave 1…5 stars (index 0 = one star). */
  starCounts: number[]
  tags: { tag: string; count: number }[]
  reviews: { items: PublicReview[]; totalCount: number }
}

export interface SubmitReview {
  sourceKind: ReviewSourceKind
  sourceId: string
  stars: number
  text: string
  tags: string[]
  images: string[]
}

/** Where to PUT one photo (with exactly this content type) and the name to send with the review. */
export interface ReviewImageUpload {
  name: string
  uploadUrl: string
  contentType: string
  expiresAt: string
}
