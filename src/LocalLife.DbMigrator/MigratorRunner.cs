using LocalLife.EntityFrameworkCore;
using LocalLife.Security;
using LocalLife.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalLife;

/// <summary>Migrates the schema as its owner, grants the app and reader roles, then seeds. Used by the console and by the tests.</summary>
public static class MigratorRunner
{
    public static async Task RunAsync(IConfiguration configuration, CancellationToken ct, Action<ILoggingBuilder>? logging = null)
    {
        var owner = configuration.GetConnectionString("Owner") ?? throw new InvalidOperationException("ConnectionStrings:Owner is not configured.");
        var appRole = configuration["Database:AppRole"] ?? "locallife_app";
        var readerRole = configuration["Database:ReaderRole"] ?? RowLevelSecurity.DefaultReaderRole;
        await DbSchemaMigrator.MigrateAsync(owner, appRole, readerRole, ct);
        await BackgroundJobs.HangfireSchemaInstaller.InstallAsync(owner, appRole, ct);

        // Seeding goes through the same domain rules and stores as the app, on the owner's connection, as each row's own
        // tenant (the owner is bound by the forced policies too); it reads nothing across tenants, so it has no reader.
        var seedConfiguration = new ConfigurationBuilder().AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = owner })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging ?? (_ => { }));
        services.AddSingleton<IConfiguration>(seedConfiguration);
        services.AddLocalLifeApplication();
        services.AddLocalLifeEntityFrameworkCore(seedConfiguration);
        services.AddSingleton<AnonymousCurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<AnonymousCurrentUser>());
        services.AddSingleton<ICurrentPrincipalAccessor, SeedingCaller>();
        services.AddOpenIddict().AddCore(core => core.UseEntityFrameworkCore().UseDbContext<LocalLifeDbContext>().ReplaceDefaultEntities<Guid>());
        services.Configure<SeedOptions>(seedConfiguration.GetSection(SeedOptions.Section));
        services.AddScoped<CategoryDataSeeder>();
        services.AddScoped<HostIdentityDataSeeder>();
        services.AddScoped<TenantRolesDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoCatalogSeeder>();
        services.AddScoped<DemoMenuSeeder>();
        services.AddScoped<DemoMarketingSeeder>();
        services.AddScoped<OpenIddictDataSeeder>();
        services.AddScoped<LocalLifeDataSeeder>();

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LocalLifeDataSeeder>().SeedAsync(ct);
    }
}
