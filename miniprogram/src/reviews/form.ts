import type { Review, ReviewSourceKind, ReviewStatus, SubmitReview } from './types'

export const maxTextLength = 500
export const maxTags = 6

/** The fixed tags of the API (ReviewTags) with the words customers read. */
export const reviewTags: { code: string; label: string }[] = [
  { code: 'good-service', label: '服务好' },
  { code: 'nice-environment', label: '环境棒' },
  { code: 'good-value', label: '性价比高' },
  { code: 'clean', label: '干净卫生' },
  { code: 'good-taste', label: '味道赞' },
  { code: 'good-sound', label: '音效好' },
]

export const tagLabel = (code: string) => reviewTags.find((t) => t.code === code)?.label ?? code

export const starWords = ['', '很差', '较差', '一般', '满意', '非常满意']

export const reviewStatusText: Record<ReviewStatus, string> = {
  Pending: '审核中，通过后展示',
  Published: '已发布',
  Rejected: '未通过审核',
}

/** What the customer is writing: no stars until one is tapped. */
export interface ReviewForm {
  stars: number
  tags: string[]
  text: string
}

export const emptyReviewForm: ReviewForm = { stars: 0, tags: [], text: '' }

export function setStars(form: ReviewForm, stars: number): ReviewForm {
  return { ...form, stars: Math.min(5, Math.max(1, Math.round(stars))) }
}

export function toggleTag(form: ReviewForm, code: string): ReviewForm {
  if (form.tags.includes(code)) return { ...form, tags: form.tags.filter((t) => t !== code) }
  if (!reviewTags.some((t) => t.code === code) || form.tags.length >= maxTags) return form
  return { ...form, tags: [...form.tags, code] }
}

export function setText(form: ReviewForm, text: string): ReviewForm {
  return { ...form, text: text.slice(0, maxTextLength) }
}

/** Why the form cannot be sent yet, in the customer's words; null when it can. */
export function problemOf(form: ReviewForm): string | null {
  if (form.stars < 1) return '请先打分'
  if (form.text.trim().length > maxTextLength) return `评价最多 ${maxTextLength} 字`
  return null
}

/** The review to send; `images` are the names the photo uploads returned. */
export function toSubmit(form: ReviewForm, sourceKind: ReviewSourceKind, sourceId: string, images: string[] = []): SubmitReview {
  return { sourceKind, sourceId, stars: form.stars, text: form.text.trim(), tags: form.tags, images }
}

/** What to tell the customer after submitting: published at once, waiting for review, or refused with why. */
export function submittedText(review: Pick<Review, 'status' | 'rejectionReason'>): string {
  if (review.status === 'Published') return '评价已发布，感谢分享'
  if (review.status === 'Pending') return '评价已提交，审核通过后展示'
  return '评价未通过审核，请修改措辞'
}

/** The order or booking can be reviewed: it is finished and not reviewed yet. */
export function canReview(source: { status: string }, kind: ReviewSourceKind, existing: Review | undefined | null): boolean {
  return !existing && source.status === 'Completed' && (kind === 'Order' || kind === 'Booking')
}

/** "★★★★☆" for a score (rounded to the nearest half star down to whole stars). */
export function starsText(score: number): string {
  const full = Math.max(0, Math.min(5, Math.round(score)))
  return '★'.repeat(full) + '☆'.repeat(5 - full)
}
