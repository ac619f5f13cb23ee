using LocalLife.Entities;
using LocalLife.Eventing;

namespace LocalLife.Spaces;

/// <summary>
/// Puts the status change into the outbox of the same transaction, so it is pushed only once it is committed
/// (a push from inside the transaction could announce a change that then rolls back).
/// </summary>
public sealed class SpaceStatusChangedPublisher(IDistributedEventBus bus) : IDomainEventHandler<SpaceStatusChanged>
{
    public Task HandleAsync(SpaceStatusChanged e, CancellationToken ct) =>
        bus.PublishAsync(new SpaceStatusChangedEto(e.SpaceId, e.TenantId, e.StoreId, e.From, e.To, e.At), ct);
}
