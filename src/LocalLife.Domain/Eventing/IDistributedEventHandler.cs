namespace LocalLife.Eventing;

/// <summary>
/// Handles an integration event, at most once per message: the inbox records the handled message in the same
/// transaction as the handler's own database changes. Effects outside the database (a push) may repeat on a retry.
/// </summary>
public interface IDistributedEventHandler<in TEto> where TEto : class
{
    Task HandleEventAsync(TEto eto, CancellationToken ct);
}
