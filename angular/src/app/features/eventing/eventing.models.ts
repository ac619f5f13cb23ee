export type OutboxMessageStatus = 'Pending' | 'Published' | 'Failed';

/** An integration event in the outbox. */
export interface OutboxMessageDto {
  id: string;
  eventName: string;
  tenantId: string | null;
  status: OutboxMessageStatus;
  attempts: number;
  lastError: string | null;
  creationTime: string;
  lastAttemptTime: string | null;
  publishedTime: string | null;
}

/** Counts by state, and the page of failed messages an operator may retry. */
export interface EventOverviewDto {
  pending: number;
  failed: number;
  published: number;
  failedMessages: { items: OutboxMessageDto[]; totalCount: number };
  /** Received messages whose handling was given up on. */
  deadLetters: number;
}

export type DeadLetterStatus = 'Retrying' | 'Dead' | 'Resolved';

/** A received message whose handler kept failing: set aside after a few deliveries, run again by an operator. */
export interface DeadLetterDto {
  messageId: string;
  eventName: string;
  tenantId: string | null;
  status: DeadLetterStatus;
  attempts: number;
  lastError: string | null;
  firstFailedTime: string;
  lastFailedTime: string;
  resolvedTime: string | null;
}
