using System.Text.Json.Serialization;
using LocalLife.Auth;
using LocalLife.Caching;
using LocalLife.BackgroundJobs;
using LocalLife.BlobStoring;
using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using LocalLife.Eventing;
using LocalLife.Frontends;
using LocalLife.HealthChecks;
using LocalLife.Localization;
using LocalLife.MultiTenancy;
using LocalLife.OpenApi;
using LocalLife.RateLimiting;
using LocalLife.RealTime;
using LocalLife.Security;
using LocalLife.Validation;
using LocalLife.WeChat;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Scalar.AspNetCore;
using Serilog;

namespace LocalLife;

/// <summary>The composition root: every layer's services, then the HTTP pipeline in the order it must run.</summary>
public static class LocalLifeHostSetup
{
    public static IServiceCollection AddLocalLifeHost(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString("CrossTenant")))
            throw new InvalidOperationException("ConnectionStrings:CrossTenant is not configured: customers' lists, reports and sweeps read across tenants with it.");
        services.AddLocalLifeApplication();
        services.AddLocalLifeInfrastructure();
        services.AddLocalLifeEntityFrameworkCore(configuration);
        services.AddLocalLifeEventBus(configuration);
        services.AddLocalLifeBackgroundJobs(configuration);
        services.AddLocalLifeRealTime(configuration);
        services.AddLocalLifeCaching(configuration);
        services.AddLocalLifeBlobStoring(configuration, env);
        services.AddLocalLifeWeChatHost(configuration);

        services.AddHttpContextAccessor();
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<HttpCurrentUser>());
        services.AddScoped<ICurrentPrincipalAccessor>(sp => sp.GetRequiredService<HttpCurrentUser>());
        services.AddScoped<SignInGuard>();
        services.AddScoped<UserPrincipalFactory>();

        services.AddLocalLifeAuthentication(configuration, env);
        services.AddLocalLifeAuthorization();
        services.AddLocalLifeRateLimiting(configuration);

        services.AddProblemDetails();
        services.AddSingleton<ProblemWriter>();
        services.AddExceptionHandler<LocalLifeExceptionHandler>();

        // Inputs are validated by the use cases themselves (InputValidation), not by an MVC filter: once, for every caller.
        services.AddControllersWithViews(mvc => mvc.SuppressAsyncSuffixInActionNames = false)
            .AddApplicationPart(typeof(LocalLifeController).Assembly)
            .AddJsonOptions(json => json.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddLocalLifeInputBinding()
            .ConfigureApiBehaviorOptions(api => api.InvalidModelStateResponseFactory = InvalidModelStateResponse.Create);
        services.Configure<RouteOptions>(r => r.LowercaseUrls = true);

        services.AddRequestLocalization(options =>
        {
            string[] cultures = ["zh-Hans", "zh-CN", "en", "en-US"];
            options.SetDefaultCulture(LocalLifeTexts.DefaultCulture).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
        });

        services.AddHealthChecks().AddDbContextCheck<LocalLifeDbContext>("postgresql", tags: ["ready"])
            .AddLocalLifePlatformChecks(configuration);
        services.AddLocalLifeOpenApi();
        return services;
    }

    public static WebApplication UseLocalLifeHost(this WebApplication app)
    {
        // Request logging wraps the exception handler, so it logs the status the client really got (a 404, not a 500).
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseLocalLifeFrontends();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter(); // after authentication: limits count per signed-in user
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseAuthorization();

        app.MapControllers();
        app.MapLocalLifeHubs();
        app.MapLocalLifeDashboard();
        app.MapLocalLifeBlobLinks();
        app.MapLocalLifeWeChatSimulator();
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapGet("/", () => Results.Redirect("/scalar/v1")).ExcludeFromDescription();
        // The cheapest JSON answer the host can give: the benchmark's yardstick for the catalog endpoints.
        app.MapGet("/api/ping", () => Results.Json(new { ok = true })).ExcludeFromDescription();
        return app;
    }
}
