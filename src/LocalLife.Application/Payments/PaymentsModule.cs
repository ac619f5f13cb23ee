using LocalLife.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Payments;

public static class PaymentsModule
{
    /// <summary>
    /// The one checkout for everything payable, payments and refunds, their jobs and WeChat Pay's notifications.
    /// The gateway (IPaymentGateway) is an infrastructure adapter: AddLocalLifeInfrastructure in the host.
    /// </summary>
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddOptions<PaymentOptions>();
        services.AddScoped<PaymentLedger>();
        services.AddScoped<PaymentProcessor>();
        services.AddScoped<PayableHandlers>();
        services.AddScoped<CheckoutDiscounts>();
        services.AddScoped<Checkout>();
        services.AddScoped<IDomainEventHandler<PaymentSucceeded>, PaymentEventRouter>();
        services.AddScoped<IDomainEventHandler<PaymentRefunded>, PaymentEventRouter>();
        services.AddScoped<RefundLatePaymentJob>();
        services.AddScoped<PaymentJobs>();
        services.AddScoped<CloseExpiredPaymentsJob>();
        services.AddScoped<IPaymentAppService, PaymentAppService>();
        services.AddScoped<ICustomerPaymentAppService, CustomerPaymentAppService>();
        services.AddScoped<IHostPaymentAppService, HostPaymentAppService>();
        services.AddScoped<IPaymentNotificationAppService, PaymentNotificationAppService>();
        return services;
    }
}
