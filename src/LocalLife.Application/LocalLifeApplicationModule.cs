using FluentValidation;
using LocalLife.BackgroundJobs;
using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.Identity;
using LocalLife.Payments;
using LocalLife.Permissions;
using LocalLife.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife;

public static class LocalLifeApplicationModule
{
    public static IServiceCollection AddLocalLifeApplication(this IServiceCollection services)
    {
        services.AddLocalLifeDomain();
        services.AddValidatorsFromAssembly(typeof(LocalLifeApplicationModule).Assembly, includeInternalTypes: true);

        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<StaticRoleSeeder>();
        services.AddScoped<UserProvisioner>();

        services.AddScoped<ITenantAppService, TenantAppService>();
        services.AddDistributedMemoryCache(); // the host replaces it with Redis when configured
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<ICatalogChangeNotifier>(sp => sp.GetRequiredService<CatalogCache>());
        services.AddScoped<ICategoryAppService, CategoryAppService>();
        services.AddScoped<IStoreAppService, StoreAppService>();
        services.AddScoped<ICustomerCatalogAppService, CustomerCatalogAppService>();
        services.AddScoped<Spaces.ISpaceAppService, Spaces.SpaceAppService>();
        services.AddScoped<Loyalty.SettlementReport>();
        services.AddScoped<Loyalty.ILoyaltyAppService, Loyalty.LoyaltyAppService>();
        services.AddScoped<Loyalty.IRebateRuleAppService, Loyalty.RebateRuleAppService>();
        services.AddScoped<Loyalty.ILoyaltySettingsAppService, Loyalty.LoyaltySettingsAppService>();
        services.AddScoped<IStaffAppService, StaffAppService>();
        services.AddScoped<IRoleAppService, RoleAppService>();
        services.AddScoped<IAccountAppService, AccountAppService>();
        services.AddScoped<IEventAdminAppService, EventAdminAppService>();

        services.AddScoped<IDomainEventHandler<TenantStatusChanged>, TenantStatusChangedPublisher>();
        services.AddDistributedEventHandler<TenantStatusChangedEto, TenantStatusRealtimeHandler>();
        services.AddScoped<OutboxCleanupJob>();
        services.AddScoped<Loyalty.ExpirePointsJob>();
        services.AddScoped<Loyalty.BirthdayBonusJob>();
        services.AddScoped<Media.ProcessVideoJob>();
        services.AddSingleton<Media.IVideoProcessor, Media.FfmpegVideoProcessor>();
        services.AddScoped<Media.IVideoAppService, Media.VideoAppService>();
        services.AddScoped<Media.IImageAppService, Media.ImageAppService>();
        services.AddScoped<Payments.CloseExpiredPaymentsJob>();
        services.AddScoped<IDomainEventHandler<Spaces.SpaceStatusChanged>, Spaces.SpaceStatusChangedPublisher>();
        services.AddDistributedEventHandler<Spaces.SpaceStatusChangedEto, Spaces.SpaceStatusRealtimeHandler>();
        services.AddScoped<ICustomerAccountAppService, CustomerAccountAppService>();
        services.AddScoped<WeChatCustomerSignIn>();

        // Payments: the WeChat Pay clients come from AddLocalLifeWeChat(configuration) in the host.
        services.AddOptions<PaymentOptions>();
        services.AddScoped<IPaymentGateway, WeChatPaymentGateway>();
        services.AddScoped<PaymentLedger>();
        services.AddScoped<PaymentProcessor>();
        services.AddScoped<PayableHandlers>();
        services.AddScoped<CheckoutDiscounts>();
        services.AddScoped<Checkout>();
        services.AddScoped<IDomainEventHandler<PaymentSucceeded>, PaymentEventRouter>();
        services.AddScoped<RefundLatePaymentJob>();
        services.AddScoped<PaymentJobs>();
        services.AddScoped<IPaymentAppService, PaymentAppService>();
        services.AddScoped<ICustomerPaymentAppService, CustomerPaymentAppService>();
        services.AddScoped<IHostPaymentAppService, HostPaymentAppService>();
        services.AddScoped<IPaymentNotificationAppService, PaymentNotificationAppService>();

        services.AddScoped<Catalog.CustomerVisibility>();
        services.AddOptions<Spaces.QrOptions>();
        services.AddSingleton<Spaces.SpaceQrTokens>();
        services.AddScoped<Spaces.ISpaceQrAppService, Spaces.SpaceQrAppService>();
        services.AddScoped<Bookings.BookingCloser>();
        services.AddScoped<Bookings.BookingJobs>();
        services.AddScoped<Bookings.ExpireUnpaidBookingJob>();
        services.AddScoped<Bookings.MarkNoShowJob>();
        services.AddScoped<Bookings.ICustomerBookingAppService, Bookings.CustomerBookingAppService>();
        services.AddScoped<Bookings.IBookingAppService, Bookings.BookingAppService>();
        services.AddKeyedScoped<IPayableHandler, Bookings.BookingPayableHandler>(PaymentKind.BookingDeposit);
        services.AddScoped<IDomainEventHandler<Bookings.BookingConfirmed>, Bookings.BookingEventPublisher>();
        services.AddScoped<IDomainEventHandler<Bookings.BookingStatusChanged>, Bookings.BookingEventPublisher>();
        services.AddDistributedEventHandler<Bookings.BookingConfirmedEto, Bookings.BookingRealtimeHandlers>();
        services.AddDistributedEventHandler<Bookings.BookingStatusChangedEto, Bookings.BookingRealtimeHandlers>();

        services.AddOptions<Ordering.OrderingOptions>();
        services.AddScoped<Spaces.SpaceScan>();
        services.AddScoped<Ordering.StockNotifier>();
        services.AddScoped<Ordering.Recommender>();
        services.AddScoped<Ordering.OrderLifecycle>();
        services.AddScoped<Ordering.OrderJobs>();
        services.AddScoped<Ordering.ExpireUnpaidOrderJob>();
        services.AddScoped<Ordering.EscalateOrderJob>();
        services.AddScoped<Ordering.CancelUnacceptedOrderJob>();
        services.AddScoped<Ordering.CompleteDeliveredOrderJob>();
        services.AddScoped<Ordering.IMenuAppService, Ordering.MenuAppService>();
        services.AddScoped<Ordering.ICustomerMenuAppService, Ordering.CustomerMenuAppService>();
        services.AddScoped<Ordering.ICartAppService, Ordering.CartAppService>();
        services.AddScoped<Ordering.ICustomerOrderAppService, Ordering.CustomerOrderAppService>();
        services.AddScoped<Ordering.IOrderAppService, Ordering.OrderAppService>();
        services.AddKeyedScoped<IPayableHandler, Ordering.OrderPayableHandler>(PaymentKind.MenuOrder);
        services.AddScoped<IDomainEventHandler<Ordering.OrderStatusChanged>, Ordering.OrderEventPublisher>();
        services.AddDistributedEventHandler<Ordering.OrderStatusChangedEto, Ordering.OrderRealtimeHandlers>();
        services.AddDistributedEventHandler<Ordering.OrderEscalatedEto, Ordering.OrderRealtimeHandlers>();
        services.AddDistributedEventHandler<Ordering.StockLowEto, Ordering.OrderRealtimeHandlers>();
        services.AddOptions<Ordering.NotificationOptions>();
        services.AddDistributedEventHandler<Ordering.OrderStatusChangedEto, Ordering.OrderNotificationHandler>();

        services.AddScoped<Kitchen.IKitchenAppService, Kitchen.KitchenAppService>();
        services.AddScoped<IDomainEventHandler<Ordering.OrderStatusChanged>, Kitchen.KitchenTicketHandler>();
        services.AddScoped<IDomainEventHandler<Kitchen.KitchenTicketChanged>, Kitchen.KitchenTicketHandler>();
        services.AddDistributedEventHandler<Kitchen.KitchenTicketChangedEto, Dispatch.OperationsRealtimeHandlers>();

        services.AddOptions<Dispatch.DispatchSettings>();
        services.AddScoped<Dispatch.DeliveryDispatcher>();
        services.AddScoped<Dispatch.DispatchJobs>();
        services.AddScoped<Dispatch.ReassignDeliveryJob>();
        services.AddScoped<Dispatch.IDispatchAppService, Dispatch.DispatchAppService>();
        services.AddScoped<IDomainEventHandler<Dispatch.DeliveryTaskChanged>, Dispatch.DeliveryTaskPublisher>();
        services.AddDistributedEventHandler<Dispatch.DeliveryTaskChangedEto, Dispatch.OperationsRealtimeHandlers>();

        services.AddScoped<Printing.PrintingService>();
        services.AddSingleton<Printing.IPrinterTransport, Printing.NetworkPrinterTransport>();
        services.AddScoped<Printing.IPrinterAppService, Printing.PrinterAppService>();
        services.AddDistributedEventHandler<Kitchen.KitchenTicketChangedEto, Printing.TicketPrintingHandler>();

        services.AddScoped<Reviews.ReviewScreener>();
        services.AddScoped<Reviews.StoreRatings>();
        services.AddScoped<Reviews.ReviewImages>();
        services.AddScoped<Reviews.ICustomerReviewAppService, Reviews.CustomerReviewAppService>();
        services.AddScoped<Reviews.IReviewAppService, Reviews.ReviewAppService>();
        services.AddScoped<Reviews.IReviewModerationAppService, Reviews.ReviewModerationAppService>();
        services.AddDistributedEventHandler<Ordering.OrderStatusChangedEto, Reviews.ReviewReminderHandler>();
        services.AddDistributedEventHandler<Bookings.BookingStatusChangedEto, Reviews.ReviewReminderHandler>();

        services.AddScoped<Marketing.NewCustomerGifts>();
        services.AddScoped<Marketing.ICustomerCouponAppService, Marketing.CustomerCouponAppService>();
        services.AddScoped<Marketing.ICouponTemplateAppService, Marketing.CouponTemplateAppService>();
        services.AddScoped<Marketing.IActivityAppService, Marketing.ActivityAppService>();
        services.AddScoped<Marketing.ICustomerMallAppService, Marketing.CustomerMallAppService>();
        services.AddScoped<Marketing.IMallItemAppService, Marketing.MallItemAppService>();
        return services;
    }
}
