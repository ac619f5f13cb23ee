using LocalLife.Common;

namespace LocalLife.Eventing;

public sealed record GetFailedEventsInput : PagedRequestDto;

/// <summary>Counts by state (outbox; dead letters: received messages whose handling was given up on), and the page of failed messages an operator may retry.</summary>
public sealed record EventOverviewDto(long Pending, long Failed, long Published, PagedResultDto<OutboxMessageDto> FailedMessages, long DeadLetters);

public sealed record GetDeadLettersInput : PagedRequestDto
{
    /// <summary>Null: every state; by default the dead ones.</summary>
    public DeadLetterStatus? Status { get; init; } = DeadLetterStatus.Dead;
}

public sealed record DeadLetterDto(
    Guid MessageId,
    string EventName,
    Guid? TenantId,
    DeadLetterStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset FirstFailedTime,
    DateTimeOffset LastFailedTime,
    DateTimeOffset? ResolvedTime);

public sealed record OutboxMessageDto(
    Guid Id,
    string EventName,
    Guid? TenantId,
    OutboxMessageStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreationTime,
    DateTimeOffset? LastAttemptTime,
    DateTimeOffset? PublishedTime);
