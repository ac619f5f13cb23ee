namespace LocalLife.Eventing;

/// <summary>Platform operators watch the outbox and send failed integration events again.</summary>
public interface IEventAdminAppService
{
    Task<EventOverviewDto> GetOverviewAsync(GetFailedEventsInput input, CancellationToken ct);
    Task<OutboxMessageDto> RetryAsync(Guid id, CancellationToken ct);
}
