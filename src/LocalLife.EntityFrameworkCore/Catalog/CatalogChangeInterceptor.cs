using System.Data.Common;
using System.Runtime.CompilerServices;
using LocalLife.Media;
using LocalLife.Spaces;
using LocalLife.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalLife.Catalog;

/// <summary>
/// Notices saves that touch what customers browse (stores, spaces, videos, merchants, categories, ranking weights)
/// and tells the catalog cache once the change is committed: at the end of the save, or of the transaction around it.
/// </summary>
internal sealed class CatalogChangeInterceptor(ICatalogChangeNotifier notifier) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly Type[] CatalogTypes = [typeof(Store), typeof(Space), typeof(Video), typeof(Tenant), typeof(Category), typeof(CatalogSettings)];
    private static readonly ConditionalWeakTable<DbContext, object> Pending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context) await FlushAsync(context, ct);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context) FlushAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is { } context) await FlushAsync(context, ct);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) FlushAsync(context, CancellationToken.None).GetAwaiter().GetResult();
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is { } context) Pending.Remove(context);
        return Task.CompletedTask;
    }

    private static void Mark(DbContext? context)
    {
        if (context is null) return;
        var touched = context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && CatalogTypes.Contains(e.Metadata.ClrType));
        if (touched) Pending.AddOrUpdate(context, true);
    }

    private async Task FlushAsync(DbContext context, CancellationToken ct)
    {
        if (Pending.Remove(context)) await notifier.CatalogChangedAsync(ct);
    }
}
