using Hangfire.PostgreSql;
using Npgsql;

namespace LocalLife.BackgroundJobs;

/// <summary>
/// Creates or upgrades Hangfire's tables in their own schema as the database owner, then grants the app's role data
/// rights only: hosts run Hangfire with schema preparation off, since their role may create nothing. The cross-tenant
/// reader gets nothing here: it reads tenants' rows, never jobs.
/// </summary>
public static class HangfireSchemaInstaller
{
    public const string Schema = "hangfire";

    public static async Task InstallAsync(string ownerConnectionString, string appRole, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(ct);
        PostgreSqlObjectsInstaller.Install(connection, Schema);
        var role = new NpgsqlCommandBuilder().QuoteIdentifier(appRole);
        await using var grant = new NpgsqlCommand($"""
            GRANT USAGE ON SCHEMA {Schema} TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {Schema} TO {role};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {Schema} TO {role};
            """, connection);
        await grant.ExecuteNonQueryAsync(ct);
    }
}
