using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <summary>
    /// Tenant isolation the app cannot switch off: the tenant policy loses its <c>app_bypass_tenant()</c> escape (a setting
    /// any session could turn on), and the cross-tenant reader role gets its own read policy on every table under isolation.
    /// A database made with today's Initial has both already (its helpers make them), so each is made again: one result
    /// either way.
    /// </summary>
    public partial class CrossTenantReadPolicies : Migration
    {
        // Written out, not taken from the helpers: what this migration did must not change when they do.
        private const string Predicate = "tenant_id = app_current_tenant() OR (tenant_id IS NULL AND app_current_tenant() IS NULL)";
        private const string BypassPredicate = "app_bypass_tenant() OR " + Predicate;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(EachTenantTable($"""
                EXECUTE format('ALTER POLICY {RowLevelSecurity.TenantPolicy} ON %I USING ({Predicate}) WITH CHECK ({Predicate})', t);
                EXECUTE format('DROP POLICY IF EXISTS {RowLevelSecurity.ReaderPolicy} ON %I', t);
                EXECUTE format('CREATE POLICY {RowLevelSecurity.ReaderPolicy} ON %I FOR SELECT TO %I USING (true)', t, '{RowLevelSecurity.ReaderRole.Replace("'", "''")}');
                """));
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS app_bypass_tenant();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION app_bypass_tenant() RETURNS boolean LANGUAGE sql STABLE
                    AS $$ SELECT coalesce(current_setting('app.bypass_tenant', true), '') = 'on' $$;
                """);
            migrationBuilder.Sql(EachTenantTable($"""
                EXECUTE format('DROP POLICY IF EXISTS {RowLevelSecurity.ReaderPolicy} ON %I', t);
                EXECUTE format('ALTER POLICY {RowLevelSecurity.TenantPolicy} ON %I USING ({BypassPredicate}) WITH CHECK ({BypassPredicate})', t);
                """));
        }

        /// <summary>Runs <paramref name="body"/> (PL/pgSQL, the table in <c>t</c>) for each table with the tenant policy.</summary>
        private static string EachTenantTable(string body) => $$"""
            DO $$
            DECLARE t text;
            BEGIN
                FOR t IN SELECT tablename FROM pg_policies WHERE schemaname = 'public' AND policyname = '{{RowLevelSecurity.TenantPolicy}}' LOOP
                    {{body}}
                END LOOP;
            END $$;
            """;
    }
}
