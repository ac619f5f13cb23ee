namespace LocalLife.MultiTenancy;

/// <summary>The tenant the current request or job works for; <c>null</c> is the host.</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }
    string? Name { get; }
    bool IsAvailable => Id.HasValue;

    /// <summary>Works as another tenant until the returned scope is disposed (jobs, host operations on a tenant).</summary>
    IDisposable Change(Guid? id, string? name = null);
}
