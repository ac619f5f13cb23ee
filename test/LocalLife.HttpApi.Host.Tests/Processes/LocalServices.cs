using System.Diagnostics;

namespace LocalLife.Processes;

/// <summary>
/// Private RabbitMQ / Redis instances for fault tests, started and stopped through etc/scripts/services.sh on their own
/// ports and data folder, so stopping them never touches the shared instances other tests (and people) use.
/// </summary>
public static class LocalServices
{
    public const int RabbitPort = 5673;
    public const int RedisPort = 6380;
    public const string RabbitUri = "amqp://locallife:locallife@127.0.0.1:5673/";
    public const string RedisConfiguration = "127.0.0.1:6380";

    public static string RepositoryRoot { get; } = FindRoot();

    public static Task UpAsync(string service) => RunAsync("up", service);

    public static Task DownAsync(string service) => RunAsync("down", service);

    private static async Task RunAsync(string command, string service)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot, "etc", "scripts", "services.sh"), command, service])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["LOCALLIFE_DATA"] = "/var/lib/locallife-faults",
                ["LOCALLIFE_RABBIT_PORT"] = RabbitPort.ToString(),
                ["LOCALLIFE_REDIS_PORT"] = RedisPort.ToString(),
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"services.sh {command} {service} failed ({process.ExitCode}): {await output}{await errors}");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LocalLife.sln"))) return dir.FullName;
        throw new InvalidOperationException("LocalLife.sln not found above " + AppContext.BaseDirectory);
    }
}
