using LocalLife.Entities;

namespace LocalLife.Spaces;

/// <summary>Writes the status history in the same transaction as the change.</summary>
public sealed class SpaceStatusHistoryHandler(ISpaceRepository spaces) : IDomainEventHandler<SpaceStatusChanged>
{
    public Task HandleAsync(SpaceStatusChanged domainEvent, CancellationToken ct) =>
        spaces.InsertHistoryAsync(new SpaceStatusRecord(domainEvent), ct);
}
