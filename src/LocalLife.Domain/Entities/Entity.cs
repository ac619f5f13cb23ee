namespace LocalLife.Entities;

/// <summary>An object with an identity. Ids are assigned by the code (<see cref="Guid.CreateVersion7()"/>), never by the database.</summary>
public abstract class Entity<TKey>
    where TKey : notnull
{
    protected Entity() { }

    protected Entity(TKey id) => Id = id;

    public TKey Id { get; protected set; } = default!;
}
