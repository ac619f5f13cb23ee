using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.EntityFrameworkCore;
using LocalLife.Eventing;
using LocalLife.Identity;
using LocalLife.Payments;
using LocalLife.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace LocalLife;

public static class LocalLifeEntityFrameworkCoreModule
{
    /// <summary>
    /// The DbContext on the app's (non-owner) connection, the cross-tenant reader on its own (optional here: only the
    /// host needs it), repositories, and Identity's stores.
    /// </summary>
    public static IServiceCollection AddLocalLifeEntityFrameworkCore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured.");
        services.AddSingleton<TenantSessionInterceptor>();
        services.AddSingleton(sp => new CatalogChangeInterceptor(sp.GetService<ICatalogChangeNotifier>() ?? NoCatalogCache.Instance));
        services.AddDbContext<LocalLifeDbContext>((sp, options) =>
        {
            options.UseLocalLifeNpgsql(connectionString);
            options.AddInterceptors(sp.GetRequiredService<TenantSessionInterceptor>(), sp.GetRequiredService<CatalogChangeInterceptor>());
        });
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<LocalLifeDbContext>());
        var crossTenant = CrossTenantReader.Options(connectionString, configuration.GetConnectionString(CrossTenantReader.ConnectionStringName));
        services.AddScoped(sp => new CrossTenantReader(crossTenant, sp));

        services.AddScoped<ITenantRepository, TenantRepository>();
        services.AddScoped<ICategoryRepository, CategoryRepository>();
        services.AddScoped<IStoreRepository, StoreRepository>();
        services.AddScoped<IStoreSearch, StoreSearch>();
        services.AddScoped<ICatalogSettingsRepository, CatalogSettingsRepository>();
        services.AddScoped<Spaces.ISpaceRepository, Spaces.SpaceRepository>();
        services.AddScoped<Loyalty.IPointsRepository, Loyalty.PointsRepository>();
        services.AddScoped<Loyalty.ILoyaltyQueries, Loyalty.LoyaltyQueries>();
        services.AddScoped<Loyalty.IRebateRuleRepository, Loyalty.RebateRuleRepository>();
        services.AddScoped<Media.IVideoRepository, Media.VideoRepository>();
        services.AddScoped<IIdentityUserRepository, IdentityUserRepository>();
        services.AddScoped<IRoleRepository, RoleRepository>();
        services.AddScoped<IPermissionStore, PermissionStore>();
        services.AddLocalLifeEventing(configuration);
        services.AddScoped<IPaymentRepository, PaymentRepository>();
        services.AddScoped<IPaymentSettingsRepository, PaymentSettingsRepository>();
        services.AddScoped<Bookings.IBookingRepository, Bookings.BookingRepository>();
        services.AddScoped<Ordering.IProductRepository, Ordering.ProductRepository>();
        services.AddScoped<Ordering.ICartRepository, Ordering.CartRepository>();
        services.AddScoped<Ordering.IOrderRepository, Ordering.OrderRepository>();
        services.AddScoped<Kitchen.IKitchenTicketRepository, Kitchen.KitchenTicketRepository>();
        services.AddScoped<Dispatch.IWaiterDutyRepository, Dispatch.WaiterDutyRepository>();
        services.AddScoped<Dispatch.IDeliveryTaskRepository, Dispatch.DeliveryTaskRepository>();
        services.AddScoped<Printing.IPrinterRepository, Printing.PrinterRepository>();
        services.AddScoped<Reviews.IReviewRepository, Reviews.ReviewRepository>();
        services.AddScoped<Marketing.ICouponTemplateRepository, Marketing.CouponTemplateRepository>();
        services.AddScoped<Marketing.ICouponRepository, Marketing.CouponRepository>();
        services.AddScoped<Marketing.ICustomerPurchases, Marketing.CustomerPurchases>();
        services.AddScoped<Marketing.IMallRepository, Marketing.MallRepository>();
        services.AddScoped<Marketing.ActivityRepository>();
        services.AddScoped<Marketing.IActivityRepository>(sp => sp.GetRequiredService<Marketing.ActivityRepository>());
        services.AddScoped<Loyalty.IPointsBoosts>(sp => sp.GetRequiredService<Marketing.ActivityRepository>());

        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.ClaimsIdentity.UserIdClaimType = "sub";
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<LocalLifeDbContext>()
            .AddPasswordValidator<LetterAndDigitPasswordValidator>();
        return services;
    }

    /// <summary>
    /// The outbox side of integration events, and the in-process transport (the embedded default). The host swaps the
    /// transport for RabbitMQ when <c>ConnectionStrings:RabbitMq</c> is set and runs the relay in the background.
    /// </summary>
    public static IServiceCollection AddLocalLifeEventing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventingOptions>(configuration.GetSection(EventingOptions.Section));
        services.AddOptions<DistributedEventOptions>();
        services.AddScoped<IDistributedEventBus, OutboxEventBus>();
        services.AddScoped<IOutboxRepository, OutboxRepository>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<InboxDispatcher>();
        services.AddScoped<DeadLetterQueue>();
        services.AddScoped<IDeadLetterQueue>(sp => sp.GetRequiredService<DeadLetterQueue>());
        services.AddSingleton<OutboxRelay>();
        services.TryAddSingleton<IEventTransport, InProcessEventTransport>();
        return services;
    }

    public static DbContextOptionsBuilder UseLocalLifeNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history").UseNetTopologySuite())
            .UseSnakeCaseNamingConvention()
            .UseOpenIddict<Guid>();

    public static NpgsqlConnectionStringBuilder ParseConnectionString(string connectionString) => new(connectionString);

    /// <summary>Where nothing caches the catalog (the migrator), a change has nobody to tell.</summary>
    private sealed class NoCatalogCache : ICatalogChangeNotifier
    {
        public static readonly NoCatalogCache Instance = new();
        public Task CatalogChangedAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
