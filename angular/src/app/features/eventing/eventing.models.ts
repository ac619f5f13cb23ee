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
}
