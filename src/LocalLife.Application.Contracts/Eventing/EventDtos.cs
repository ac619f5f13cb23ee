using LocalLife.Common;

namespace LocalLife.Eventing;

public sealed record GetFailedEventsInput : PagedRequestDto;

/// <summary>Counts by state, and the page of failed messages an operator may retry.</summary>
public sealed record EventOverviewDto(long Pending, long Failed, long Published, PagedResultDto<OutboxMessageDto> FailedMessages);

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
