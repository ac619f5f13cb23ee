using LocalLife.Catalog;
using System.Net;
using LocalLife.MultiTenancy;
using LocalLife.Payments;
using LocalLife.Spaces;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Bookings;

/// <summary>The expiry and no-show timers, run as their jobs would (as the booking's tenant) with the moment given explicitly.</summary>
[Collection(WeChatCollection.Name)]
public sealed class BookingTimerTests(WeChatApiFixture api)
{
    private readonly BookingDriver _driver = new(api);

    [Fact]
    public async Task An_unpaid_booking_expires_after_the_payment_window_closing_the_payment_returning_the_points_and_freeing_the_space()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, customerId) = await _driver.Payments.CustomerAsync("sim-booking-expire");
        await _driver.GivePointsAsync(customerId, 800);
        var before = DateTimeOffset.UtcNow;
        var created = await (await BookingDriver.BookAsync(customer, space.Id, BookingDriver.TomorrowAt(20), usePoints: true)).ReadAsAsync<BookingCreatedDto>();
        created.Booking.PayBy.ShouldBeInRange(before + BookingConsts.PaymentWindow, DateTimeOffset.UtcNow + BookingConsts.PaymentWindow);
        (await BookingDriver.BalanceAsync(customer)).ShouldBe(0);

        (await RunAsync(jobs => jobs.ExpireIfUnpaidAsync(created.Booking.Id, created.Booking.PayBy.AddMinutes(-1), default))).ShouldBeFalse();
        (await RunAsync(jobs => jobs.ExpireIfUnpaidAsync(created.Booking.Id, created.Booking.PayBy.AddSeconds(1), default))).ShouldBeTrue();
        (await RunAsync(jobs => jobs.ExpireIfUnpaidAsync(created.Booking.Id, created.Booking.PayBy.AddSeconds(2), default))).ShouldBeFalse();

        var expired = await (await customer.GetAsync($"/api/app/bookings/{created.Booking.Id}")).ReadAsAsync<BookingDto>();
        expired.Status.ShouldBe(BookingStatus.Expired);
        expired.Timeline.Last().Status.ShouldBe(BookingStatus.Expired);
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Free);
        (await BookingDriver.BalanceAsync(customer)).ShouldBe(800);
        (await _driver.Payments.GetAsync(ApiFixture.KtvTenant, created.Booking.PaymentId!.Value)).Status.ShouldBe(PaymentStatus.Closed);
        // The space can be booked again.
        (await BookingDriver.BookAsync(customer, space.Id, BookingDriver.TomorrowAt(21))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_booking_paid_in_time_does_not_expire()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-paid-in-time");
        var booking = await _driver.BookAndPayAsync(customer, space.Id);

        (await RunAsync(jobs => jobs.ExpireIfUnpaidAsync(booking.Id, booking.PayBy.AddMinutes(1), default))).ShouldBeFalse();

        (await (await customer.GetAsync($"/api/app/bookings/{booking.Id}")).ReadAsAsync<BookingDto>()).Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public async Task A_deposit_paid_at_the_last_moment_whose_notification_is_late_confirms_the_booking_instead_of_expiring_it()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-last-moment");
        var created = await (await BookingDriver.BookAsync(customer, space.Id, BookingDriver.TomorrowAt(20))).ReadAsAsync<BookingCreatedDto>();
        var payment = await (await customer.GetAsync($"/api/app/payments/{created.Booking.PaymentId}")).ReadAsAsync<PaymentDto>();
        _driver.Payments.PaidSilently(payment.OutTradeNo);

        (await RunAsync(jobs => jobs.ExpireIfUnpaidAsync(created.Booking.Id, created.Booking.PayBy.AddSeconds(1), default))).ShouldBeFalse();

        (await (await customer.GetAsync($"/api/app/bookings/{created.Booking.Id}")).ReadAsAsync<BookingDto>()).Status.ShouldBe(BookingStatus.Confirmed);
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Booked);
    }

    [Fact]
    public async Task A_confirmed_booking_nobody_arrives_for_becomes_a_no_show_after_the_grace_period_and_the_space_is_released()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-no-show");
        var booking = await _driver.BookAndPayAsync(customer, space.Id);

        (await RunAsync(jobs => jobs.MarkNoShowAsync(booking.Id, booking.ArriveAt + TimeSpan.FromMinutes(30) - TimeSpan.FromMinutes(1), default))).ShouldBeFalse();
        (await RunAsync(jobs => jobs.MarkNoShowAsync(booking.Id, booking.ArriveAt + TimeSpan.FromMinutes(30), default))).ShouldBeTrue();

        (await (await customer.GetAsync($"/api/app/bookings/{booking.Id}")).ReadAsAsync<BookingDto>()).Status.ShouldBe(BookingStatus.NoShow);
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Free);
        // The deposit is forfeited.
        (await _driver.Payments.GetAsync(ApiFixture.KtvTenant, booking.PaymentId!.Value)).RefundedFen.ShouldBe(0);
    }

    [Fact]
    public async Task A_booking_keeps_the_stores_rules_of_its_day_and_a_refunding_store_returns_a_no_shows_deposit()
    {
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var store = await _driver.StoreAsync(ApiFixture.KtvTenant);
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var update = new UpdateStoreDto
        {
            Name = store.Name, Address = store.Address, Phone = store.Phone, Intro = store.Intro, Images = store.Images, Latitude = store.Latitude,
            Longitude = store.Longitude, TimeZone = store.TimeZone, Hours = store.Hours, DefaultDepositPercent = store.DefaultDepositPercent,
            BookingPolicy = new BookingPolicyDto(60, 10, RefundDepositOnNoShow: true),
        };
        (await (await manager.PutJsonAsync($"/api/admin/stores/{store.Id}", update)).ReadAsAsync<StoreDto>()).BookingPolicy.NoShowGraceMinutes.ShouldBe(10);
        try
        {
            var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-policy");
            var booking = await _driver.BookAndPayAsync(customer, space.Id);
            booking.CancelDeadline.ShouldBe(booking.ArriveAt.AddMinutes(-60));
            await (await manager.PutJsonAsync($"/api/admin/stores/{store.Id}", update with { BookingPolicy = new BookingPolicyDto(120, 30, false) }))
                .ReadAsAsync<StoreDto>();

            // Made under "10 minutes' grace, refund": the later change of rules does not apply to it.
            (await RunAsync(jobs => jobs.MarkNoShowAsync(booking.Id, booking.ArriveAt.AddMinutes(10), default))).ShouldBeTrue();
            var payment = await _driver.Payments.GetAsync(ApiFixture.KtvTenant, booking.PaymentId!.Value);
            await api.Simulator.WhenSettledAsync();
            (await _driver.Payments.GetAsync(ApiFixture.KtvTenant, payment.Id)).RefundedFen.ShouldBe(booking.CashFen);
        }
        finally
        {
            await manager.PutJsonAsync($"/api/admin/stores/{store.Id}", update with { BookingPolicy = new BookingPolicyDto(120, 30, false) });
        }
        await (await manager.PutJsonAsync($"/api/admin/stores/{store.Id}", update with { BookingPolicy = new BookingPolicyDto(-5, 30, false) }))
            .ShouldBeProblemAsync(System.Net.HttpStatusCode.UnprocessableEntity, LocalLife.Catalog.CatalogErrorCodes.InvalidBookingPolicy);
    }

    private async Task<bool> RunAsync(Func<BookingJobs, Task<bool>> job)
    {
        var tenantId = await _driver.Payments.TenantIdAsync(ApiFixture.KtvTenant);
        await using var scope = api.Factory.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId, ApiFixture.KtvTenant))
            return await job(scope.ServiceProvider.GetRequiredService<BookingJobs>());
    }
}
