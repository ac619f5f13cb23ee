export type ReviewStatus = 'Pending' | 'Published' | 'Rejected';
export type ReviewSourceKind = 'Order' | 'Booking';
export type MachineVerdict = 'Pass' | 'Review' | 'Risky' | 'Unavailable';
export type ModerationDecision = 'Approved' | 'Rejected' | 'TakenDown';

/** The fixed review tags (ReviewTags on the server). */
export const reviewTags = ['good-service', 'nice-environment', 'good-value', 'clean', 'good-taste', 'good-sound'] as const;

export interface ReviewReplyDto {
  text: string;
  repliedAt: string;
  editedAt: string | null;
}

export interface ReviewDto {
  id: string;
  storeId: string;
  storeName: string;
  sourceKind: ReviewSourceKind;
  sourceId: string;
  stars: number;
  text: string;
  tags: string[];
  images: string[];
  status: ReviewStatus;
  rejectionReason: string | null;
  submittedAt: string;
  publishedAt: string | null;
  reply: ReviewReplyDto | null;
}

/** A review with its moderation record: WeChat's verdict, the flags that held it, and the operator's decision. */
export interface ModerationReviewDto {
  review: ReviewDto;
  tenantId: string;
  customerId: string;
  machineVerdict: MachineVerdict | null;
  machineLabel: number | null;
  flags: string[];
  decision: ModerationDecision | null;
  moderatorId: string | null;
  moderatedAt: string | null;
}

export interface ReviewSettingsDto {
  blockedWords: string[];
  suspiciousWords: string[];
}
