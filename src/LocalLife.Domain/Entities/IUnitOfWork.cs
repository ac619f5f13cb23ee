namespace LocalLife.Entities;

/// <summary>
/// The DbContext seen from the domain: application services save their changes once, at the end of the use case,
/// and open an explicit transaction only when one use case spans several saves (e.g. Identity's own saves).
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken ct);

    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken ct);
}

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken ct);
}
