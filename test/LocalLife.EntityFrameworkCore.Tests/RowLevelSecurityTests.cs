using LocalLife.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LocalLife.EntityFrameworkCore;

/// <summary>
/// The second line of isolation holds on its own: raw SQL on each role's connection, no EF filter involved. The app's
/// role sees and writes one tenant, whatever its session says; the reader's role reads every tenant and writes nothing.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class RowLevelSecurityTests(TestDatabase database)
{
    [Fact]
    public async Task Raw_sql_through_the_app_connection_sees_only_the_current_tenants_rows()
    {
        var (ktv, tea) = await TenantIdsAsync();
        await using var connection = await OpenAsync(database.AppConnectionString);

        await SetTenantAsync(connection, ktv);
        var seenAsKtv = await ScalarListAsync(connection, "SELECT DISTINCT tenant_id::text FROM users");
        seenAsKtv.ShouldBe([ktv.ToString()]);
        (await ScalarListAsync(connection, $"SELECT user_name FROM users WHERE tenant_id = '{tea}'")).ShouldBeEmpty();
        (await ScalarListAsync(connection, $"SELECT name FROM roles WHERE tenant_id = '{tea}'")).ShouldBeEmpty();

        await SetTenantAsync(connection, tea);
        (await ScalarListAsync(connection, "SELECT DISTINCT tenant_id::text FROM users")).ShouldBe([tea.ToString()]);
    }

    [Fact]
    public async Task Without_a_tenant_the_app_sees_only_host_rows_in_every_tenant_table_even_asking_for_the_old_bypass()
    {
        await using var connection = await OpenAsync(database.AppConnectionString);
        await ExecuteAsync(connection, "SELECT set_config('app.bypass_tenant', 'on', false)");
        (await ScalarListAsync(connection, "SELECT user_name FROM users ORDER BY user_name")).ShouldBe(["admin", "operator"]);
        foreach (var table in TenantTables())
            (await ScalarListAsync(connection, $"SELECT count(*)::text FROM \"{table}\" WHERE tenant_id IS NOT NULL")).ShouldBe(["0"], table);
    }

    [Fact]
    public async Task The_app_cannot_write_a_row_into_another_tenant()
    {
        var (ktv, tea) = await TenantIdsAsync();
        await using var connection = await OpenAsync(database.AppConnectionString);
        await SetTenantAsync(connection, ktv);

        var error = await Should.ThrowAsync<PostgresException>(() => InsertIntruderRoleAsync(connection, tea));
        error.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege); // "new row violates row-level security policy"

        var update = new NpgsqlCommand($"UPDATE users SET display_name = 'hacked' WHERE tenant_id = '{tea}'", connection);
        (await update.ExecuteNonQueryAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task No_session_setting_lets_the_app_role_past_the_policies()
    {
        var (ktv, tea) = await TenantIdsAsync();
        await using var connection = await OpenAsync(database.AppConnectionString);
        await SetTenantAsync(connection, ktv);

        // The setting the app once sent to lift the policies now means nothing.
        await ExecuteAsync(connection, "SELECT set_config('app.bypass_tenant', 'on', false)");
        await ExecuteAsync(connection, "SET app.bypass_tenant = 'on'");
        (await ScalarListAsync(connection, $"SELECT user_name FROM users WHERE tenant_id = '{tea}'")).ShouldBeEmpty();
        (await ExecuteAsync(connection, $"UPDATE users SET display_name = 'hacked' WHERE tenant_id = '{tea}'")).ShouldBe(0);
        (await ExecuteAsync(connection, $"DELETE FROM role_claims WHERE role_id IN (SELECT id FROM roles WHERE tenant_id = '{tea}')")).ShouldBe(0);
        (await Should.ThrowAsync<PostgresException>(() => InsertIntruderRoleAsync(connection, tea))).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);

        // Turning row security off makes a query under a policy fail rather than pass; the other roles are not the app's to take.
        await ExecuteAsync(connection, "SET row_security = off");
        (await Should.ThrowAsync<PostgresException>(() => ScalarListAsync(connection, "SELECT user_name FROM users")))
            .SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        await ExecuteAsync(connection, "RESET row_security");
        foreach (var sql in new[] { "SET ROLE locallife_reader", "SET ROLE locallife", "SET SESSION AUTHORIZATION postgres" })
            (await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(connection, sql))).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);
        (await ScalarListAsync(connection, "SELECT DISTINCT tenant_id::text FROM users")).ShouldBe([ktv.ToString()]);
    }

    [Fact]
    public async Task The_app_role_owns_nothing_and_cannot_lift_the_policy()
    {
        await using var connection = await OpenAsync(database.AppConnectionString);
        (await ScalarListAsync(connection, "SELECT rolbypassrls::text FROM pg_roles WHERE rolname = current_user")).ShouldBe(["false"]);
        (await ScalarListAsync(connection, "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")).ShouldBeEmpty();
        var disable = new NpgsqlCommand("ALTER TABLE users DISABLE ROW LEVEL SECURITY", connection);
        await Should.ThrowAsync<PostgresException>(() => disable.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task The_reader_role_reads_every_tenant_and_may_write_nothing()
    {
        var (_, tea) = await TenantIdsAsync();
        await using var connection = await OpenAsync(database.ReaderConnectionString);
        (await ScalarListAsync(connection, "SELECT count(DISTINCT tenant_id)::text FROM users")).ShouldBe([TestDatabase.DemoTenants.Length.ToString()]);
        (await ScalarListAsync(connection, "SELECT rolbypassrls::text FROM pg_roles WHERE rolname = current_user")).ShouldBe(["false"]);
        (await ScalarListAsync(connection, "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")).ShouldBeEmpty();

        foreach (var write in new Func<Task>[]
                 {
                     () => InsertIntruderRoleAsync(connection, tea),
                     () => ExecuteAsync(connection, $"UPDATE users SET display_name = 'hacked' WHERE tenant_id = '{tea}'"),
                     () => ExecuteAsync(connection, $"DELETE FROM role_claims WHERE role_id IN (SELECT id FROM roles WHERE tenant_id = '{tea}')"),
                     () => ExecuteAsync(connection, "TRUNCATE outbox_messages"),
                     () => ExecuteAsync(connection, "ALTER TABLE users DISABLE ROW LEVEL SECURITY"),
                 })
            (await Should.ThrowAsync<PostgresException>(write)).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task Every_tenant_owned_table_forces_row_level_security_with_the_tenant_and_reader_policies_and_nothing_else()
    {
        var tenantOwned = TenantTables();
        tenantOwned.ShouldNotBeEmpty();

        await using var connection = await OpenAsync(database.OwnerConnectionString);
        var forced = await ScalarListAsync(connection,
            "SELECT relname::text FROM pg_class WHERE relrowsecurity AND relforcerowsecurity AND relnamespace = 'public'::regnamespace ORDER BY 1");
        forced.ShouldBe(tenantOwned);
        var policies = await ScalarListAsync(connection, $"""
            SELECT tablename || ' ' || policyname || ' ' || permissive || ' ' || cmd || ' ' || array_to_string(roles, ',') || ' ' || qual
            FROM pg_policies WHERE schemaname = 'public' ORDER BY tablename, policyname
            """);
        policies.ShouldBe(tenantOwned.SelectMany(t => new[]
        {
            $"{t} {RowLevelSecurity.ReaderPolicy} PERMISSIVE SELECT locallife_reader true",
            $"{t} {RowLevelSecurity.TenantPolicy} PERMISSIVE ALL public ((tenant_id = app_current_tenant()) OR ((tenant_id IS NULL) AND (app_current_tenant() IS NULL)))",
        }));
        (await ScalarListAsync(connection, "SELECT proname::text FROM pg_proc WHERE proname LIKE 'app%tenant%' ORDER BY 1")).ShouldBe(["app_current_tenant"]);
    }

    private static List<string> TenantTables()
    {
        using var db = LocalLifeDbContextFactory.Create("Host=unused");
        return db.Model.GetEntityTypes()
            .Where(t => typeof(MultiTenancy.IMultiTenant).IsAssignableFrom(t.ClrType))
            .Select(t => t.GetTableName()!)
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private async Task<(Guid Ktv, Guid Tea)> TenantIdsAsync()
    {
        await using var db = LocalLifeDbContextFactory.Create(database.OwnerConnectionString);
        var tenants = await db.Tenants.ToDictionaryAsync(t => t.Name, t => t.Id);
        return (tenants["ktv-demo"], tenants["teahouse-demo"]);
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static Task<int> InsertIntruderRoleAsync(NpgsqlConnection connection, Guid tenant) => ExecuteAsync(connection, $"""
        INSERT INTO roles (id, tenant_id, name, normalized_name, is_static)
        VALUES ('{Guid.CreateVersion7()}', '{tenant}', 'intruder', 'INTRUDER', false)
        """);

    private static async Task SetTenantAsync(NpgsqlConnection connection, Guid tenant)
    {
        await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', @t, false)", connection);
        set.Parameters.AddWithValue("t", tenant.ToString());
        await set.ExecuteNonQueryAsync();
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ScalarListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<string>();
        while (await reader.ReadAsync()) list.Add(reader.GetString(0));
        return list;
    }
}
