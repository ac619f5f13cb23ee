using LocalLife.Seeding;
using Microsoft.Extensions.Configuration;
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

    /// <summary>Row count and a digest of every row of every table, read past row-level security as the owner.</summary>
    private async Task<Dictionary<string, (long Rows, string Digest)>> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(_database.OwnerConnectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand("SELECT set_config('app.bypass_tenant', 'on', false)", connection).ExecuteNonQueryAsync();
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
