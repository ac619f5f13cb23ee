using LocalLife.Common;

namespace LocalLife.Eventing;

/// <summary>Platform operators watch the outbox and send failed integration events again.</summary>
public interface IEventAdminAppService
{
    Task<EventOverviewDto> GetOverviewAsync(GetFailedEventsInput input, CancellationToken ct);
    Task<OutboxMessageDto> RetryAsync(Guid id, CancellationToken ct);
    Task<PagedResultDto<DeadLetterDto>> GetDeadLettersAsync(GetDeadLettersInput input, CancellationToken ct);

    /// <summary>Runs a dead letter's handlers now; the answer says whether it went through (Resolved) or failed again (Dead, new error).</summary>
    Task<DeadLetterDto> RetryDeadLetterAsync(Guid messageId, CancellationToken ct);
}
