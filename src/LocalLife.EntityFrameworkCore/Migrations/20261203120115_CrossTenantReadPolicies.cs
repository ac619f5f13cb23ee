using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalLife.Migrations
{
    /// <summary>
    /// The cross-tenant reader's policy on every table under tenant isolation. A database made with today's Initial has it
    /// already (its helper creates both policies), so each is dropped and made again: one result either way.
    /// </summary>
    public partial class CrossTenantReadPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(EachTenantTable($"""
                EXECUTE format('DROP POLICY IF EXISTS {RowLevelSecurity.ReaderPolicy} ON %I', t);
                EXECUTE format('CREATE POLICY {RowLevelSecurity.ReaderPolicy} ON %I FOR SELECT TO %I USING (true)', t, '{RowLevelSecurity.ReaderRole.Replace("'", "''")}');
                """));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(EachTenantTable($"EXECUTE format('DROP POLICY IF EXISTS {RowLevelSecurity.ReaderPolicy} ON %I', t);"));
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
