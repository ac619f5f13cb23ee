using LocalLife.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Testing;

/// <summary>
/// The application and data layers wired as the host wires them, on a test database, without HTTP: for tests of
/// use cases and EF conventions. The caller is anonymous unless a test sets <see cref="TestCurrentUser"/>.
/// </summary>
public static class TestServices
{
    public static ServiceProvider Create(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = database.AppConnectionString,
                ["ConnectionStrings:CrossTenant"] = database.ReaderConnectionString,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalLifeApplication();
        services.AddLocalLifeEntityFrameworkCore(configuration);
        services.AddSingleton<TestCurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddSingleton<ICurrentPrincipalAccessor>(sp => sp.GetRequiredService<TestCurrentUser>());
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}

public sealed class TestCurrentUser : ICurrentUser, ICurrentPrincipalAccessor
{
    public Guid? Id { get; set; }
    public bool IsAuthenticated => Id is not null;
    public string? UserName { get; set; }
    public Guid? TenantId { get; set; }
    public Identity.UserKind? Kind { get; set; }
    public IReadOnlyList<string> Roles { get; set; } = [];
    public System.Security.Claims.ClaimsPrincipal Principal { get; set; } = new(new System.Security.Claims.ClaimsIdentity());
}
