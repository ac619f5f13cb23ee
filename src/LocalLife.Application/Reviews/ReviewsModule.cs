using LocalLife.Bookings;
using LocalLife.Eventing;
using LocalLife.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Reviews;

public static class ReviewsModule
{
    /// <summary>Customers' reviews, merchants' replies, the platform's moderation and the review reminders.</summary>
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<ReviewScreener>();
        services.AddScoped<StoreRatings>();
        services.AddScoped<ReviewImages>();
        services.AddScoped<ICustomerReviewAppService, CustomerReviewAppService>();
        services.AddScoped<IReviewAppService, ReviewAppService>();
        services.AddScoped<IReviewModerationAppService, ReviewModerationAppService>();
        services.AddDistributedEventHandler<OrderStatusChangedEto, ReviewReminderHandler>();
        services.AddDistributedEventHandler<BookingStatusChangedEto, ReviewReminderHandler>();
        return services;
    }
}
