using Microsoft.EntityFrameworkCore.Migrations;

namespace LocalLife.EntityFrameworkCore;

/// <summary>
/// Migration helpers for PostgreSQL row-level security on tenant-owned tables. FORCE makes the policy apply to
/// the table owner too; the app's role owns nothing and has no BYPASSRLS, so it can never read past the policy.
/// </summary>
public static class RowLevelSecurity
{
    public const string FunctionsSql = """
        CREATE OR REPLACE FUNCTION app_current_tenant() RETURNS uuid LANGUAGE sql STABLE
            AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
        CREATE OR REPLACE FUNCTION app_bypass_tenant() RETURNS boolean LANGUAGE sql STABLE
            AS $$ SELECT coalesce(current_setting('app.bypass_tenant', true), '') = 'on' $$;
        """;

    private const string Predicate =
        "app_bypass_tenant() OR tenant_id = app_current_tenant() OR (tenant_id IS NULL AND app_current_tenant() IS NULL)";

    public static void CreateTenantFunctions(this MigrationBuilder migration) => migration.Sql(FunctionsSql);

    public static void EnableTenantIsolation(this MigrationBuilder migration, string table) => migration.Sql($"""
        ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
        ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
        CREATE POLICY tenant_isolation ON "{table}" USING ({Predicate}) WITH CHECK ({Predicate});
        """);

    public static void DisableTenantIsolation(this MigrationBuilder migration, string table) => migration.Sql($"""
        DROP POLICY IF EXISTS tenant_isolation ON "{table}";
        ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY;
        ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY;
        """);
}
