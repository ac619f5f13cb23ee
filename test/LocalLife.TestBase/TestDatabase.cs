using LocalLife.Seeding;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Xunit;

namespace LocalLife.Testing;

/// <summary>
/// A fresh PostgreSQL database per test collection, migrated and seeded by the real migrator (demo data included),
/// dropped afterwards. The server is the one etc/scripts/services.sh starts (port from LOCALLIFE_PG_PORT).
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public const string Password = "LocalLife2026";

    public string Name { get; } = "locallife_test_" + Guid.NewGuid().ToString("N")[..12];
    public string OwnerConnectionString => Build("locallife", "locallife", Name);
    public string AppConnectionString => Build("locallife_app", "locallife_app", Name);
    public string ReaderConnectionString => Build("locallife_reader", "locallife_reader", Name);

    /// <summary>
    /// The server's superuser (trust authentication on 127.0.0.1, as services.sh sets it up), which row-level security
    /// does not bind: for tests that look at or arrange rows of every tenant at once. Never what the code under test uses.
    /// </summary>
    public string SuperuserConnectionString => Build("postgres", "", Name);

    public IConfiguration MigratorConfiguration => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Owner"] = OwnerConnectionString,
        ["Database:AppRole"] = "locallife_app",
        ["Database:ReaderRole"] = "locallife_reader",
        ["Seed:AdminPassword"] = Password,
        ["Seed:Demo"] = "true",
        ["Seed:DemoPassword"] = Password,
        ["Seed:EnablePasswordClient"] = "true",
        ["Seed:AdminRedirectUris:0"] = "http://localhost:4200/",
    }).Build();

    public async Task InitializeAsync() => await MigratorRunner.RunAsync(MigratorConfiguration, CancellationToken.None);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // As the superuser: its own sessions (tests looking past the policies) are among those the drop ends.
        await using var connection = new NpgsqlConnection(Build("postgres", "", "postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string Build(string user, string password, string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = int.TryParse(Environment.GetEnvironmentVariable("LOCALLIFE_PG_PORT"), out var port) ? port : 55432,
        Database = database,
        Username = user,
        Password = password,
        // Many test databases come and go; keep each pool small.
        MaxPoolSize = 20,
        // Race tests queue many requests on the small pool; waiting for a connection is what they test, not a fault.
        Timeout = 60,
    }.ConnectionString;

    public static (string Name, string Category)[] DemoTenants => [.. DemoDataSeeder.Tenants.Select(t => (t.Name, t.Category))];
}
