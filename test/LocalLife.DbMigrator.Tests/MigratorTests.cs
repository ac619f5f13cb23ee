using LocalLife.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace LocalLife;

public sealed class MigratorTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Running_the_migrator_twice_changes_nothing()
    {
        await MigratorRunner.RunAsync(_database.MigratorConfiguration, CancellationToken.None); // creates the database too
        var first = await SnapshotAsync();
        await MigratorRunner.RunAsync(_database.MigratorConfiguration, CancellationToken.None);
        var second = await SnapshotAsync();

        second.ShouldBe(first);
        first["tenants"].Rows.ShouldBe(DemoDataSeeder.Tenants.Length);
        first["categories"].Rows.ShouldBe(6);
        first["users"].Rows.ShouldBe(2 + DemoDataSeeder.Tenants.Length * (1 + DemoDataSeeder.Staff.Length));
        first["openiddict_applications"].Rows.ShouldBe(4); // admin, mini-program, console, demo integrator
    }

    /// <summary>
    /// The upgrade path: a database is brought up one migration at a time from the first, then seeded, and the model of
    /// the code has nothing the migrations lack (a forgotten migration fails here, not on a merchant's database).
    /// </summary>
    [Fact]
    public async Task Migrations_apply_one_after_another_and_cover_the_model()
    {
        await MigratorRunner.RunAsync(_database.MigratorConfiguration, CancellationToken.None); // creates and seeds
        await using (var db = LocalLife.EntityFrameworkCore.LocalLifeDbContextFactory.Create(_database.OwnerConnectionString))
        {
            db.Database.HasPendingModelChanges().ShouldBeFalse("the model has changes no migration makes: add one");
            var migrations = db.Database.GetMigrations().ToList();
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            await migrator.MigrateAsync(Microsoft.EntityFrameworkCore.Migrations.Migration.InitialDatabase); // all the way down
            (await db.Database.GetAppliedMigrationsAsync()).ShouldBeEmpty();
            foreach (var migration in migrations) await migrator.MigrateAsync(migration);
            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(migrations);
        }
        await MigratorRunner.RunAsync(_database.MigratorConfiguration, CancellationToken.None);
        (await SnapshotAsync())["tenants"].Rows.ShouldBe(DemoDataSeeder.Tenants.Length);
    }

    /// <summary>A database from before the reader role (its tenant policy had the bypass escape) is brought to today's policies, and back.</summary>
    [Fact]
    public async Task The_tenant_bypass_is_gone_after_the_upgrade_and_back_after_going_down()
    {
        await MigratorRunner.RunAsync(_database.MigratorConfiguration, CancellationToken.None);
        const string bypassPolicies = "SELECT count(*) FROM pg_policies WHERE qual LIKE '%app_bypass_tenant%'";
        const string readerPolicies = "SELECT count(*) FROM pg_policies WHERE policyname = 'cross_tenant_read'";
        await using (var db = LocalLife.EntityFrameworkCore.LocalLifeDbContextFactory.Create(_database.OwnerConnectionString))
        {
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().First()); // back to the Initial before the reader
            (await ScalarAsync(readerPolicies)).ShouldBe(0);
            var tables = await ScalarAsync(bypassPolicies);
            tables.ShouldBeGreaterThan(20);

            await migrator.MigrateAsync(); // and forward again
            (await ScalarAsync(bypassPolicies)).ShouldBe(0);
            // Every tenant table has its reader policy, those of later migrations too.
            (await ScalarAsync(readerPolicies)).ShouldBe(await ScalarAsync("SELECT count(*) FROM pg_class WHERE relforcerowsecurity"));
            (await ScalarAsync("SELECT count(*) FROM pg_proc WHERE proname = 'app_bypass_tenant'")).ShouldBe(0);
        }
    }

    [Fact]
    public async Task A_database_with_migrations_this_version_does_not_know_is_refused_with_a_reason()
    {
        await MigratorRunner.RunAsync(_database.MigratorConfiguration, CancellationToken.None);
        await ExecuteAsync("INSERT INTO __ef_migrations_history (migration_id, product_version) VALUES ('20261125124542_Initial', '10.0.0')");
        var error = await Should.ThrowAsync<InvalidOperationException>(() => MigratorRunner.RunAsync(_database.MigratorConfiguration, CancellationToken.None));
        error.Message.ShouldContain("20261125124542_Initial");
    }

    [Fact]
    public async Task Without_the_demo_only_the_platform_is_seeded()
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(_database.MigratorConfiguration)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Seed:Demo"] = "false", ["Seed:EnablePasswordClient"] = "false" })
            .Build();
        await MigratorRunner.RunAsync(configuration, CancellationToken.None);
        var snapshot = await SnapshotAsync();
        snapshot["tenants"].Rows.ShouldBe(0);
        snapshot["users"].Rows.ShouldBe(1);
        snapshot["openiddict_applications"].Rows.ShouldBe(2); // admin and mini-program
    }

    [Fact]
    public async Task Merchants_created_before_a_permission_existed_get_its_defaults_once_and_a_revoke_sticks()
    {
        await MigratorRunner.RunAsync(_database.MigratorConfiguration, CancellationToken.None);
        const string assign = "LocalLife.Dispatch.Assign", reviews = "LocalLife.Reviews", accept = "LocalLife.Orders.Accept";
        // As a database from before version 1: no role seeded past version 0, the version-1 permissions nowhere, and the
        // merchant had taken an older permission (accepting orders) from its front desk.
        await ExecuteAsync($"""
            UPDATE roles SET permissions_version = 0;
            DELETE FROM role_claims WHERE claim_value IN ('{assign}', '{reviews}', 'LocalLife.Reviews.Reply', 'LocalLife.ReviewModeration');
            DELETE FROM role_claims WHERE claim_value = '{accept}' AND role_id IN (SELECT id FROM roles WHERE name = 'front-desk');
            """);

        await MigratorRunner.RunAsync(_database.MigratorConfiguration, CancellationToken.None);
        var frontDesks = await PermissionsAsync("front-desk");
        frontDesks.Count.ShouldBe(DemoDataSeeder.Tenants.Length);
        frontDesks.ShouldAllBe(p => p.Contains(assign) && p.Contains(reviews) && !p.Contains(accept)); // new ones given, the revoke kept
        frontDesks.ShouldAllBe(p => p.Contains("LocalLife.Bookings") && p.Contains("LocalLife.Stores")); // and what it had, kept
        (await PermissionsAsync("kitchen")).ShouldAllBe(p => !p.Contains(assign)); // only where they are meant to go
        (await PermissionsAsync("operator")).ShouldHaveSingleItem().ShouldContain("LocalLife.ReviewModeration");
        (await ScalarAsync($"SELECT count(*) FROM roles WHERE is_static AND permissions_version <> {LocalLife.Permissions.PermissionDefinitions.Version}")).ShouldBe(0);

        // Given once: taken away afterwards, it stays away.
        await ExecuteAsync($"DELETE FROM role_claims WHERE claim_value = '{assign}' AND role_id IN (SELECT id FROM roles WHERE name = 'front-desk')");
        await MigratorRunner.RunAsync(_database.MigratorConfiguration, CancellationToken.None);
        (await PermissionsAsync("front-desk")).ShouldAllBe(p => !p.Contains(assign));
    }

    private async Task<List<List<string>>> PermissionsAsync(string role)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT r.id, coalesce(string_agg(c.claim_value, ','), '') FROM roles r LEFT JOIN role_claims c ON c.role_id = r.id WHERE r.name = @name GROUP BY r.id",
            connection);
        command.Parameters.AddWithValue("name", role);
        var result = new List<List<string>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) result.Add([.. reader.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries)]);
        return result;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        return (long)(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync())!;
    }

    /// <summary>The whole database, past row-level security (which binds the owner too): as the server's superuser.</summary>
    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_database.SuperuserConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Row count and a digest of every row of every table.</summary>
    private async Task<Dictionary<string, (long Rows, string Digest)>> SnapshotAsync()
    {
        await using var connection = await OpenAsync();
        var tables = new List<string>();
        await using (var list = await new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", connection).ExecuteReaderAsync())
            while (await list.ReadAsync()) tables.Add(list.GetString(0));

        var snapshot = new Dictionary<string, (long, string)>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            snapshot[table] = (reader.GetInt64(0), reader.GetString(1));
        }
        return snapshot;
    }
}
