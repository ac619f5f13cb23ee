namespace LocalLife.Entities;

/// <summary>Handles a domain event inside the transaction of the change that raised it.</summary>
public interface IDomainEventHandler<in TEvent>
{
    Task HandleAsync(TEvent domainEvent, CancellationToken ct);
}
