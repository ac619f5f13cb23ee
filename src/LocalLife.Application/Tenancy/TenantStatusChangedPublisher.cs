using LocalLife.Entities;
using LocalLife.Eventing;

namespace LocalLife.Tenancy;

/// <summary>Turns the domain event into its integration event, in the outbox of the same transaction.</summary>
public sealed class TenantStatusChangedPublisher(IDistributedEventBus bus, TimeProvider clock) : IDomainEventHandler<TenantStatusChanged>
{
    public Task HandleAsync(TenantStatusChanged domainEvent, CancellationToken ct) =>
        bus.PublishAsync(new TenantStatusChangedEto(domainEvent.TenantId, domainEvent.Status, clock.GetUtcNow()), ct);
}
