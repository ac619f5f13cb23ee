using LocalLife.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LocalLife.EntityFrameworkCore;

/// <summary>The second line of isolation holds on its own: raw SQL on the app's connection, no EF filter involved.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class RowLevelSecurityTests(TestDatabase database)
{
    [Fact]
    public async Task Raw_sql_through_the_app_connection_sees_only_the_current_tenants_rows()
    {
        var (ktv, tea) = await TenantIdsAsync();
        await using var connection = new NpgsqlConnection(database.AppConnectionString);
        await connection.OpenAsync();

        await SetTenantAsync(connection, ktv);
        var seenAsKtv = await ScalarListAsync(connection, "SELECT DISTINCT tenant_id::text FROM users");
        seenAsKtv.ShouldBe([ktv.ToString()]);
        (await ScalarListAsync(connection, $"SELECT user_name FROM users WHERE tenant_id = '{tea}'")).ShouldBeEmpty();
        (await ScalarListAsync(connection, $"SELECT name FROM roles WHERE tenant_id = '{tea}'")).ShouldBeEmpty();

        await SetTenantAsync(connection, tea);
        (await ScalarListAsync(connection, "SELECT DISTINCT tenant_id::text FROM users")).ShouldBe([tea.ToString()]);
    }

    [Fact]
    public async Task Without_a_tenant_the_app_sees_only_host_rows()
    {
        await using var connection = new NpgsqlConnection(database.AppConnectionString);
        await connection.OpenAsync();
        var users = await ScalarListAsync(connection, "SELECT user_name FROM users ORDER BY user_name");
        users.ShouldBe(["admin", "operator"]);
    }

    [Fact]
    public async Task The_app_cannot_write_a_row_into_another_tenant()
    {
        var (ktv, tea) = await TenantIdsAsync();
        await using var connection = new NpgsqlConnection(database.AppConnectionString);
        await connection.OpenAsync();
        await SetTenantAsync(connection, ktv);

        var insert = new NpgsqlCommand($"""
            INSERT INTO roles (id, tenant_id, name, normalized_name, is_static)
            VALUES ('{Guid.CreateVersion7()}', '{tea}', 'intruder', 'INTRUDER', false)
            """, connection);
        var error = await Should.ThrowAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        error.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege); // "new row violates row-level security policy"

        var update = new NpgsqlCommand($"UPDATE users SET display_name = 'hacked' WHERE tenant_id = '{tea}'", connection);
        (await update.ExecuteNonQueryAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_app_role_owns_nothing_and_cannot_lift_the_policy()
    {
        await using var connection = new NpgsqlConnection(database.AppConnectionString);
        await connection.OpenAsync();
        (await ScalarListAsync(connection, "SELECT rolbypassrls::text FROM pg_roles WHERE rolname = current_user")).ShouldBe(["false"]);
        (await ScalarListAsync(connection, "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")).ShouldBeEmpty();
        var disable = new NpgsqlCommand("ALTER TABLE users DISABLE ROW LEVEL SECURITY", connection);
        await Should.ThrowAsync<PostgresException>(() => disable.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Row_level_security_is_forced_on_every_tenant_owned_table()
    {
        await using var db = LocalLifeDbContextFactory.Create(database.OwnerConnectionString);
        var tenantOwned = db.Model.GetEntityTypes()
            .Where(t => typeof(MultiTenancy.IMultiTenant).IsAssignableFrom(t.ClrType))
            .Select(t => t.GetTableName()!)
            .Order().ToList();
        tenantOwned.ShouldNotBeEmpty();

        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        var forced = await ScalarListAsync(connection,
            "SELECT relname::text FROM pg_class WHERE relrowsecurity AND relforcerowsecurity AND relnamespace = 'public'::regnamespace ORDER BY 1");
        forced.ShouldBe(tenantOwned);
    }

    private async Task<(Guid Ktv, Guid Tea)> TenantIdsAsync()
    {
        await using var db = LocalLifeDbContextFactory.Create(database.OwnerConnectionString);
        var tenants = await db.Tenants.ToDictionaryAsync(t => t.Name, t => t.Id);
        return (tenants["ktv-demo"], tenants["teahouse-demo"]);
    }

    private static async Task SetTenantAsync(NpgsqlConnection connection, Guid tenant)
    {
        await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', @t, false)", connection);
        set.Parameters.AddWithValue("t", tenant.ToString());
        await set.ExecuteNonQueryAsync();
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
