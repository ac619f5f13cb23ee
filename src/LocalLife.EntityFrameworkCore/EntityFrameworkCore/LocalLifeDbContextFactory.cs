using LocalLife.MultiTenancy;
using LocalLife.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LocalLife.EntityFrameworkCore;

/// <summary>For `dotnet ef migrations` only: a context with no tenant and no user, on the owner's connection.</summary>
public sealed class LocalLifeDbContextFactory : IDesignTimeDbContextFactory<LocalLifeDbContext>
{
    public LocalLifeDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Owner")
            ?? "Host=127.0.0.1;Port=55432;Database=locallife;Username=locallife;Password=locallife";
        return Create(connectionString);
    }

    /// <summary>A context for the migrator and test fixtures: works as the host (or the tenant the caller changes to).</summary>
    public static LocalLifeDbContext Create(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<LocalLifeDbContext>();
        builder.UseLocalLifeNpgsql(connectionString);
        var options = builder.Options;
        return new LocalLifeDbContext(options, new CurrentTenant(), new AnonymousCurrentUser(), TimeProvider.System, EmptyServices.Instance);
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();
        public object? GetService(Type serviceType) => null;
    }
}
