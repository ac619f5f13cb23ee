using LocalLife;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

// Applies migrations and seeds: `dotnet run --project src/LocalLife.DbMigrator`. Safe to run again.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: false)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
var started = System.Diagnostics.Stopwatch.StartNew();
await MigratorRunner.RunAsync(configuration, cts.Token, logging => logging.AddSimpleConsole().AddConfiguration(configuration.GetSection("Logging")));
Console.WriteLine($"LocalLife database migrated and seeded in {started.Elapsed.TotalSeconds:F1} s.");

/// <summary>
/// Internal on purpose: the migrator now sees ASP.NET Core (through the WeChat library), whose generator would make
/// a top-level Program public and clash with the host's Program in the test projects that reference both.
/// </summary>
internal partial class Program;
