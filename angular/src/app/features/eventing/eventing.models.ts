export type {
  DeadLetterDto,
  DeadLetterStatus,
  EventOverviewDto,
  OutboxMessageDto,
  OutboxMessageStatus,
} from '../../api/openapi';
