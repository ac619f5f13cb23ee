namespace LocalLife.Entities;

/// <summary>Rows with a concurrency token: an update based on a stale copy fails instead of overwriting.</summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; set; }
}

public interface IHasDomainEvents
{
    IReadOnlyCollection<object> DomainEvents { get; }
    void ClearDomainEvents();
}

/// <summary>Filled in by the DbContext on save, from the clock and the current user.</summary>
public interface IFullAudited : ISoftDelete
{
    DateTimeOffset CreationTime { get; set; }
    Guid? CreatorId { get; set; }
    DateTimeOffset? LastModificationTime { get; set; }
    Guid? LastModifierId { get; set; }
    DateTimeOffset? DeletionTime { get; set; }
    Guid? DeleterId { get; set; }
}

/// <summary>Deleting marks the row; queries skip marked rows unless the filter is disabled.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; set; }
}
