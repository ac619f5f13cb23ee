/** Reviews as the API sends them (`api/app/reviews`, `api/app/stores/{id}/reviews`), named as the pages use them. */
export type {
  PublicReviewDto as PublicReview,
  ReviewDto as Review,
  ReviewImageUploadDto as ReviewImageUpload,
  ReviewReplyDto as ReviewReply,
  ReviewSourceKind,
  ReviewStatus,
  StoreReviewsDto as StoreReviews,
  SubmitReviewDto as SubmitReview,
} from '../api/openapi'
