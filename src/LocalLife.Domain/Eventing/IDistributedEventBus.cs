namespace LocalLife.Eventing;

/// <summary>
/// Publishes integration events (ETOs) reliably: the event is written to the outbox of the current unit of work and
/// commits or rolls back with the change that raised it; a relay then hands it to the bus. It carries the current
/// tenant, and its handlers run as that tenant.
/// </summary>
public interface IDistributedEventBus
{
    Task PublishAsync<TEto>(TEto eto, CancellationToken ct) where TEto : class;
}
