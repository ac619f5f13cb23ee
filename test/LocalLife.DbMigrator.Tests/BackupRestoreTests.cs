using System.Diagnostics;
using Npgsql;

namespace LocalLife;

/// <summary>
/// etc/scripts/backup.sh and restore.sh on a migrated, seeded database: the restore is a new database with every row,
/// the blob files, and the same row-level security (the app's role still sees one tenant at a time).
/// </summary>
public sealed class BackupRestoreTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly string _work = Path.Combine(Path.GetTempPath(), "locallife-backup-test", Guid.NewGuid().ToString("N"));
    private string Restored => _database.Name + "_restored";

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        Directory.CreateDirectory(Path.Combine(_work, "blobs", "tenant-a"));
        await File.WriteAllTextAsync(Path.Combine(_work, "blobs", "tenant-a", "photo.jpg"), "not really a photo");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(Superuser("postgres")))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Restored}\" WITH (FORCE)", connection).ExecuteNonQueryAsync();
        }
        await _database.DisposeAsync();
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task A_backup_restores_into_a_fresh_database_with_every_row_the_blobs_and_the_tenant_policies()
    {
        var backup = (await ScriptAsync("backup.sh", "--database", _database.Name, "--blobs", Path.Combine(_work, "blobs"), "--out", Path.Combine(_work, "out")))
            .Trim().Split('\n')[^1];
        File.Exists(Path.Combine(backup, "database.dump")).ShouldBeTrue();

        await ScriptAsync("restore.sh", backup, "--database", Restored, "--blobs", Path.Combine(_work, "restored-blobs"), "--verify");

        (await CountsAsync(_database.Name)).ShouldBe(await CountsAsync(Restored));
        (await CountsAsync(Restored))["public.products"].ShouldBeGreaterThan(0);
        (await File.ReadAllTextAsync(Path.Combine(_work, "restored-blobs", "tenant-a", "photo.jpg"))).ShouldBe("not really a photo");

        // The policies came back: the app's role sees no tenant's rows without a tenant, and one tenant's with it.
        await using var app = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database.AppConnectionString) { Database = Restored }.ConnectionString);
        await app.OpenAsync();
        (await ScalarAsync(app, "SELECT count(*) FROM products")).ShouldBe(0);
        var tenant = (Guid)(await new NpgsqlCommand("SELECT tenant_id FROM stores LIMIT 1", await OpenSuperuserAsync(Restored)).ExecuteScalarAsync())!;
        await new NpgsqlCommand($"SELECT set_config('app.tenant_id', '{tenant}', false)", app).ExecuteNonQueryAsync();
        (await ScalarAsync(app, "SELECT count(*) FROM stores")).ShouldBeGreaterThan(0);
        (await ScalarAsync(app, $"SELECT count(*) FROM stores WHERE tenant_id <> '{tenant}'")).ShouldBe(0);

        // A second restore into the same name is refused unless asked to replace it.
        (await Should.ThrowAsync<InvalidOperationException>(() => ScriptAsync("restore.sh", backup, "--database", Restored, "--blobs", Path.Combine(_work, "again"))))
            .Message.ShouldContain("exists");
    }

    private async Task<Dictionary<string, long>> CountsAsync(string database)
    {
        await using var connection = await OpenSuperuserAsync(database);
        var tables = new List<string>();
        await using (var reader = await new NpgsqlCommand(
            "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", connection).ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var counts = new Dictionary<string, long>();
        foreach (var table in tables) counts[table] = await ScalarAsync(connection, $"SELECT count(*) FROM {table}");
        return counts;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql) => (long)(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync())!;

    private static async Task<NpgsqlConnection> OpenSuperuserAsync(string database)
    {
        var connection = new NpgsqlConnection(Superuser(database));
        await connection.OpenAsync();
        return connection;
    }

    private static string Superuser(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = int.TryParse(Environment.GetEnvironmentVariable("LOCALLIFE_PG_PORT"), out var port) ? port : 55432,
        Database = database,
        Username = "postgres",
    }.ConnectionString;

    private static async Task<string> ScriptAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "etc", "scripts", script), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{script} exited with {process.ExitCode}: {await errors}");
        return await output;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LocalLife.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (LocalLife.sln) was not found.");
    }
}
