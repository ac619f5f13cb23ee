using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Bookings;

public static class BookingsModule
{
    /// <summary>Booking a room or booth with a deposit, check-in, release and cancel, their deadlines and live pushes.</summary>
    public static IServiceCollection AddBookings(this IServiceCollection services)
    {
        services.AddScoped<BookingCloser>();
        services.AddScoped<BookingJobs>();
        services.AddScoped<ExpireUnpaidBookingJob>();
        services.AddScoped<MarkNoShowJob>();
        services.AddScoped<ICustomerBookingAppService, CustomerBookingAppService>();
        services.AddScoped<IBookingAppService, BookingAppService>();
        services.AddKeyedScoped<IPayableHandler, BookingPayableHandler>(PaymentKind.BookingDeposit);
        services.AddScoped<IDomainEventHandler<BookingConfirmed>, BookingEventPublisher>();
        services.AddScoped<IDomainEventHandler<BookingStatusChanged>, BookingEventPublisher>();
        services.AddDistributedEventHandler<BookingConfirmedEto, BookingRealtimeHandlers>();
        services.AddDistributedEventHandler<BookingStatusChangedEto, BookingRealtimeHandlers>();
        return services;
    }
}
