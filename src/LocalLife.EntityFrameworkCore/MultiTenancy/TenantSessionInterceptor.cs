using System.Data.Common;
using System.Runtime.CompilerServices;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalLife.EntityFrameworkCore;

/// <summary>
/// The second line of tenant isolation: tells PostgreSQL, per connection, which tenant is working (<c>app.tenant_id</c>;
/// empty for the host), which the row-level security policies read. There is nothing else to say: no setting lifts the
/// policies (reads across tenants use the reader role's connection). The value is re-sent only when it changes.
/// </summary>
public sealed class TenantSessionInterceptor(ICurrentTenant currentTenant)
    : DbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbConnection, StrongBox<string?>> Applied = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection, null);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default) =>
        ApplyAsync(connection, null, ct);

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Ensure(command);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        await EnsureAsync(command, ct);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Ensure(command);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken ct = default)
    {
        await EnsureAsync(command, ct);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Ensure(command);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken ct = default)
    {
        await EnsureAsync(command, ct);
        return result;
    }

    // A rollback also undoes set_config done inside the transaction, so the remembered value is no longer true.
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private string Wanted => currentTenant.Id?.ToString() ?? "";

    private void Ensure(DbCommand command)
    {
        if (command.Connection is { } connection && Current(connection).Value != Wanted) Apply(connection, command.Transaction);
    }

    private async Task EnsureAsync(DbCommand command, CancellationToken ct)
    {
        if (command.Connection is { } connection && Current(connection).Value != Wanted) await ApplyAsync(connection, command.Transaction, ct);
    }

    private void Apply(DbConnection connection, DbTransaction? transaction)
    {
        var wanted = Wanted;
        using var command = Build(connection, transaction, wanted);
        command.ExecuteNonQuery();
        Current(connection).Value = wanted;
    }

    private async Task ApplyAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var wanted = Wanted;
        await using var command = Build(connection, transaction, wanted);
        await command.ExecuteNonQueryAsync(ct);
        Current(connection).Value = wanted;
    }

    private static DbCommand Build(DbConnection connection, DbTransaction? transaction, string tenantId)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT set_config('app.tenant_id', @tenant, false)";
        var tenant = command.CreateParameter();
        tenant.ParameterName = "tenant";
        tenant.Value = tenantId;
        command.Parameters.Add(tenant);
        return command;
    }

    private static StrongBox<string?> Current(DbConnection connection) => Applied.GetValue(connection, _ => new StrongBox<string?>());

    private static void Forget(TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) Current(context.Database.GetDbConnection()).Value = null;
    }
}
