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
        var created = await (await BookingDriver.BookAsync(customer, space.Id, BookingDriver.TomorrowAt(20), usePoints: true)).ReadAsAsync<BookingCreatedDto>();
        created.Booking.PayBy.ShouldBe(created.Booking.Timeline[0].At + BookingConsts.PaymentWindow, TimeSpan.FromSeconds(1));
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

        (await RunAsync(jobs => jobs.MarkNoShowAsync(booking.Id, booking.ArriveAt + BookingConsts.NoShowGrace - TimeSpan.FromMinutes(1), default))).ShouldBeFalse();
        (await RunAsync(jobs => jobs.MarkNoShowAsync(booking.Id, booking.ArriveAt + BookingConsts.NoShowGrace, default))).ShouldBeTrue();

        (await (await customer.GetAsync($"/api/app/bookings/{booking.Id}")).ReadAsAsync<BookingDto>()).Status.ShouldBe(BookingStatus.NoShow);
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Free);
        // The deposit is forfeited.
        (await _driver.Payments.GetAsync(ApiFixture.KtvTenant, booking.PaymentId!.Value)).RefundedFen.ShouldBe(0);
    }

    private async Task<bool> RunAsync(Func<BookingJobs, Task<bool>> job)
    {
        var tenantId = await _driver.Payments.TenantIdAsync(ApiFixture.KtvTenant);
        await using var scope = api.Factory.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId, ApiFixture.KtvTenant))
            return await job(scope.ServiceProvider.GetRequiredService<BookingJobs>());
    }
}
