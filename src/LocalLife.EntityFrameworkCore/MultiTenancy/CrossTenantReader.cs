using LocalLife.MultiTenancy;
using LocalLife.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LocalLife.EntityFrameworkCore;

/// <summary>
/// The one way to other tenants' rows: a <see cref="LocalLifeDbContext"/> on <c>ConnectionStrings:CrossTenant</c>, whose
/// role may SELECT every tenant's rows (its own row-level security policy) and write nothing. In it the tenant filter
/// is off, nothing is tracked, and saving throws. Only named repository and query methods of this project use it (they
/// say "across tenants" or "of a customer"); whatever they find is changed, if at all, by reading it again on the app's
/// context as the row's own tenant. One context per scope, made on first use.
/// </summary>
internal sealed class CrossTenantReader(DbContextOptions<LocalLifeDbContext>? options, IServiceProvider services) : IAsyncDisposable
{
    public const string ConnectionStringName = "CrossTenant";

    private LocalLifeDbContext? _db;

    public LocalLifeDbContext Db => _db ??= new LocalLifeDbContext(
        options ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured: cross-tenant reads need the reader role."),
        new CurrentTenant(), new AnonymousCurrentUser(), TimeProvider.System, services) { ReadsAcrossTenants = true };

    public ValueTask DisposeAsync() => _db?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>
    /// The reader's context options, or null where none is configured (the migrator reads nothing across tenants). It must
    /// name the app's database (a replica of it is fine): a reader on another database would answer with its rows.
    /// </summary>
    public static DbContextOptions<LocalLifeDbContext>? Options(string appConnectionString, string? readerConnectionString)
    {
        if (string.IsNullOrWhiteSpace(readerConnectionString)) return null;
        var (app, reader) = (new NpgsqlConnectionStringBuilder(appConnectionString), new NpgsqlConnectionStringBuilder(readerConnectionString));
        if (!string.Equals(app.Database, reader.Database, StringComparison.Ordinal))
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} names database '{reader.Database}', ConnectionStrings:Default '{app.Database}': they must be one.");
        var builder = new DbContextOptionsBuilder<LocalLifeDbContext>();
        builder.UseLocalLifeNpgsql(readerConnectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return builder.Options;
    }
}
