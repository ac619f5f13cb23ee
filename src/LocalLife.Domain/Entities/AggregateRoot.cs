namespace LocalLife.Entities;

/// <summary>
/// A consistency boundary. It collects domain events while it changes; the DbContext dispatches them inside the
/// same SaveChanges, so a handler's work commits or rolls back with the change that raised the event.
/// </summary>
public abstract class AggregateRoot<TKey> : Entity<TKey>, IHasDomainEvents, IHasConcurrencyStamp
    where TKey : notnull
{
    private readonly List<object> _domainEvents = [];

    protected AggregateRoot() { }

    protected AggregateRoot(TKey id) : base(id) { }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public IReadOnlyCollection<object> DomainEvents => _domainEvents;

    protected void AddDomainEvent(object domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
