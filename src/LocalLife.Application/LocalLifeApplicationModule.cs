using FluentValidation;
using LocalLife.Bookings;
using LocalLife.Catalog;
using LocalLife.Dispatch;
using LocalLife.Eventing;
using LocalLife.Identity;
using LocalLife.Kitchen;
using LocalLife.Loyalty;
using LocalLife.Marketing;
using LocalLife.Media;
using LocalLife.Ordering;
using LocalLife.Payments;
using LocalLife.Permissions;
using LocalLife.Printing;
using LocalLife.Reviews;
using LocalLife.Spaces;
using LocalLife.Tenancy;
using LocalLife.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife;

public static class LocalLifeApplicationModule
{
    /// <summary>
    /// The use cases: what every feature shares, then each feature's own registration (in its folder). The order
    /// matters only where two features handle the same event: ordering before kitchen, kitchen before dispatch and
    /// printing, bookings and ordering before reviews.
    /// </summary>
    public static IServiceCollection AddLocalLifeApplication(this IServiceCollection services)
    {
        services.AddLocalLifeDomain();
        services.AddValidatorsFromAssembly(typeof(LocalLifeApplicationModule).Assembly, includeInternalTypes: true);
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<InputValidation>();

        services.AddTenancy();
        services.AddCatalog();
        services.AddSpaces();
        services.AddLoyalty();
        services.AddIdentity();
        services.AddEventing();
        services.AddMedia();
        services.AddPayments();
        services.AddBookings();
        services.AddOrdering();
        services.AddKitchen();
        services.AddDispatch();
        services.AddPrinting();
        services.AddReviews();
        services.AddMarketing();
        return services;
    }
}
