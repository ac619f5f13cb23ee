using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LocalLife.EntityFrameworkCore;

/// <summary>
/// Applies migrations as the schema owner and grants each runtime role what it needs, and nothing more: the app's role
/// data rights on the tables, the cross-tenant reader SELECT only; neither owns anything (so row-level security binds both).
/// </summary>
public static class DbSchemaMigrator
{
    public static async Task MigrateAsync(string ownerConnectionString, string appRole, string readerRole, CancellationToken ct)
    {
        await EnsureDatabaseAsync(ownerConnectionString, ct);
        await using (var db = LocalLifeDbContextFactory.Create(ownerConnectionString))
        using (RowLevelSecurity.UseReaderRole(readerRole))
        {
            await RefuseUnknownHistoryAsync(db, ct);
            await db.Database.MigrateAsync(ct);
        }

        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(ct);
        var quote = new NpgsqlCommandBuilder();
        var (app, reader) = (quote.QuoteIdentifier(appRole), quote.QuoteIdentifier(readerRole));
        // The reader's write rights are revoked every time, not just never granted: SELECT only, whatever was granted by hand.
        await using var grant = new NpgsqlCommand($"""
            GRANT USAGE ON SCHEMA public TO {app};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app};
            REVOKE ALL ON TABLE "__ef_migrations_history" FROM {app};
            GRANT USAGE ON SCHEMA public TO {reader};
            REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {reader};
            REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {reader};
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader};
            REVOKE ALL ON TABLE "__ef_migrations_history" FROM {reader};
            """, connection);
        await grant.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// A database made by migrations this build does not know (the first day's sixteen, squashed into one Initial on
    /// 2026-12-03 before anything was released) cannot be brought up to date: say so instead of failing halfway.
    /// </summary>
    private static async Task RefuseUnknownHistoryAsync(LocalLifeDbContext db, CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"The database holds migrations this version does not know ({string.Join(", ", unknown.Take(3))}…): it predates the squash " +
                "of the first migrations. Reset it (etc/scripts/services.sh down, then remove /var/lib/locallife) and run the migrator again.");
    }

    /// <summary>Creates the database if the owner may (CREATEDB) and it does not exist yet.</summary>
    private static async Task EnsureDatabaseAsync(string ownerConnectionString, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(ownerConnectionString);
        var database = builder.Database ?? throw new InvalidOperationException("The owner connection string names no database.");
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE {new NpgsqlCommandBuilder().QuoteIdentifier(database)}", connection);
        await create.ExecuteNonQueryAsync(ct);
    }
}
