namespace LocalLife.Entities;

/// <summary>An aggregate root with creation, modification and deletion audit fields, soft-deleted by default.</summary>
public abstract class FullAuditedAggregateRoot<TKey> : AggregateRoot<TKey>, IFullAudited
    where TKey : notnull
{
    protected FullAuditedAggregateRoot() { }

    protected FullAuditedAggregateRoot(TKey id) : base(id) { }

    public DateTimeOffset CreationTime { get; set; }
    public Guid? CreatorId { get; set; }
    public DateTimeOffset? LastModificationTime { get; set; }
    public Guid? LastModifierId { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset? DeletionTime { get; set; }
    public Guid? DeleterId { get; set; }
}
