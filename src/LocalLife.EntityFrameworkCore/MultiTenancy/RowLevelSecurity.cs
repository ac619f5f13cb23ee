using Microsoft.EntityFrameworkCore.Migrations;

namespace LocalLife.EntityFrameworkCore;

/// <summary>
/// Migration helpers for PostgreSQL row-level security on tenant-owned tables. Two policies on each: every role sees and
/// writes only the rows of the tenant its session names (<c>app.tenant_id</c>; no tenant: host rows only), and the
/// cross-tenant reader role may read every row. FORCE makes them apply to the table owner too. Nothing a session can
/// set lifts them: the app's role owns nothing and has no BYPASSRLS, and the reader's role may only SELECT.
/// </summary>
public static class RowLevelSecurity
{
    public const string DefaultReaderRole = "locallife_reader";
    public const string TenantPolicy = "tenant_isolation";
    public const string ReaderPolicy = "cross_tenant_read";

    public const string FunctionsSql = """
        CREATE OR REPLACE FUNCTION app_current_tenant() RETURNS uuid LANGUAGE sql STABLE
            AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
        """;

    public const string Predicate = "tenant_id = app_current_tenant() OR (tenant_id IS NULL AND app_current_tenant() IS NULL)";

    private static readonly AsyncLocal<string?> ReaderRoleOfThisMigration = new();

    /// <summary>
    /// The role the read policies name: <c>Database:ReaderRole</c> while the migrator migrates (it must exist then, as the
    /// app's role must for its grants), <see cref="DefaultReaderRole"/> for the EF tools.
    /// </summary>
    public static string ReaderRole => ReaderRoleOfThisMigration.Value ?? DefaultReaderRole;

    public static IDisposable UseReaderRole(string role)
    {
        var previous = ReaderRoleOfThisMigration.Value;
        ReaderRoleOfThisMigration.Value = role;
        return new Restore(() => ReaderRoleOfThisMigration.Value = previous);
    }

    public static void CreateTenantFunctions(this MigrationBuilder migration) => migration.Sql(FunctionsSql);

    public static void EnableTenantIsolation(this MigrationBuilder migration, string table)
    {
        migration.Sql($"""
            ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
            ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
            """);
        migration.CreateTenantPolicies(table);
    }

    public static void DisableTenantIsolation(this MigrationBuilder migration, string table)
    {
        migration.DropTenantPolicies(table);
        migration.Sql($"""
            ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY;
            ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY;
            """);
    }

    public static void CreateTenantPolicies(this MigrationBuilder migration, string table) => migration.Sql($"""
        CREATE POLICY {TenantPolicy} ON "{table}" USING ({Predicate}) WITH CHECK ({Predicate});
        CREATE POLICY {ReaderPolicy} ON "{table}" FOR SELECT TO "{ReaderRole.Replace("\"", "\"\"")}" USING (true);
        """);

    public static void DropTenantPolicies(this MigrationBuilder migration, string table) => migration.Sql($"""
        DROP POLICY IF EXISTS {TenantPolicy} ON "{table}";
        DROP POLICY IF EXISTS {ReaderPolicy} ON "{table}";
        """);

    private sealed class Restore(Action action) : IDisposable
    {
        private Action? _action = action;

        public void Dispose() => Interlocked.Exchange(ref _action, null)?.Invoke();
    }
}
