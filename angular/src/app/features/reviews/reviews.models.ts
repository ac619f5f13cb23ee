export type {
  MachineVerdict,
  ModerationDecision,
  ModerationReviewDto,
  ReviewDto,
  ReviewReplyDto,
  ReviewSettingsDto,
  ReviewSourceKind,
  ReviewStatus,
} from '../../api/openapi';

/** The fixed review tags (ReviewTags on the server). */
export const reviewTags = ['good-service', 'nice-environment', 'good-value', 'clean', 'good-taste', 'good-sound'] as const;
