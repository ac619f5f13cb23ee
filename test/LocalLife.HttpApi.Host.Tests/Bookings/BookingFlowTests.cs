using System.Net;
using LocalLife.Loyalty;
using LocalLife.Payments;
using LocalLife.Spaces;

namespace LocalLife.Bookings;

/// <summary>The main flow over real HTTP: book with points, pay in (simulated) WeChat, check in, release, points credited.</summary>
[Collection(WeChatCollection.Name)]
public sealed class BookingFlowTests(WeChatApiFixture api)
{
    private readonly BookingDriver _driver = new(api);

    [Fact]
    public async Task A_customer_books_with_points_pays_checks_in_and_earns_points_when_the_front_desk_releases_the_space()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant, priceFen: 10000);
        var (customer, customerId) = await _driver.Payments.CustomerAsync("sim-booking-flow-alice");
        await _driver.GivePointsAsync(customerId, 1000);
        var arriveAt = BookingDriver.TomorrowAt(20);

        var preview = await (await customer.PostJsonAsync("/api/app/bookings/preview",
            new CreateBookingDto { SpaceId = space.Id, ArriveAt = arriveAt, PartySize = 4, UsePoints = true })).ReadAsAsync<BookingPreviewDto>();
        preview.PriceFen.ShouldBe(10000);
        preview.DepositPercent.ShouldBe(30);
        preview.DepositFen.ShouldBe(3000);
        preview.PointsBalance.ShouldBe(1000);
        preview.PointsUsed.ShouldBe(1000);
        preview.PointsFen.ShouldBe(1000);
        preview.CashFen.ShouldBe(2000);

        var created = await (await BookingDriver.BookAsync(customer, space.Id, arriveAt, usePoints: true)).ReadAsAsync<BookingCreatedDto>();
        created.Booking.Status.ShouldBe(BookingStatus.PendingPayment);
        created.Booking.CashFen.ShouldBe(2000);
        created.Booking.PointsUsed.ShouldBe(1000);
        created.Booking.CheckInCode.ShouldNotBeNull().ShouldMatch("^[1-9][0-9]{7}$");
        created.Booking.Number.ShouldMatch("^B[0-9]{6}[2-9A-Z]{6}$");
        created.RequestPayment.ShouldNotBeNull().Package.ShouldStartWith("prepay_id=");
        (await BookingDriver.BalanceAsync(customer)).ShouldBe(0);
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Booked);

        var payment = await (await customer.GetAsync($"/api/app/payments/{created.Booking.PaymentId}")).ReadAsAsync<PaymentDto>();
        payment.AmountFen.ShouldBe(2000);
        (await _driver.Payments.PayAsync(payment.OutTradeNo)).Delivered.ShouldBeTrue();

        var confirmed = await (await customer.GetAsync($"/api/app/bookings/{created.Booking.Id}")).ReadAsAsync<BookingDto>();
        confirmed.Status.ShouldBe(BookingStatus.Confirmed);
        confirmed.Timeline.Select(t => t.Status).ShouldBe([BookingStatus.PendingPayment, BookingStatus.Confirmed]);
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Booked);
        var mine = await (await customer.GetAsync("/api/app/bookings")).ReadAsAsync<Common.PagedResultDto<BookingDto>>();
        mine.Items.ShouldContain(b => b.Id == confirmed.Id && b.CheckInCode == confirmed.CheckInCode);

        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        var today = await BookingDriver.ListAsync(frontDesk, $"storeId={space.StoreId}&spaceId={space.Id}&status=Confirmed");
        today.Items.ShouldHaveSingleItem().CheckInCode.ShouldBeNull();
        var checkedIn = await (await frontDesk.PostJsonAsync("/api/admin/bookings/check-in",
            new CheckInBookingDto { StoreId = space.StoreId, Code = confirmed.CheckInCode! })).ReadAsAsync<BookingDto>();
        checkedIn.Status.ShouldBe(BookingStatus.CheckedIn);
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.InUse);

        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await manager.PostJsonAsync("/api/admin/rebate-rules", new SaveRebateRuleDto { Name = "订房返积分", PointsPer100Yuan = 100 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var released = await (await frontDesk.PostJsonAsync($"/api/admin/bookings/{confirmed.Id}/release", new ReleaseBookingDto
        {
            Lines = [new(BookingSpendCategories.RoomFee, 20000), new(BookingSpendCategories.Orders, 8000), new(BookingSpendCategories.ServiceFee, 2000)],
            ToCleaning = true,
        })).ReadAsAsync<BookingDto>();

        released.Status.ShouldBe(BookingStatus.Completed);
        released.SpendFen.ShouldBe(30000);
        released.PointsEarned.ShouldBeGreaterThanOrEqualTo(300);
        (await BookingDriver.BalanceAsync(customer)).ShouldBe(released.PointsEarned);
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Cleaning);
        released.Timeline.Select(t => t.Status).ShouldBe([BookingStatus.PendingPayment, BookingStatus.Confirmed, BookingStatus.CheckedIn, BookingStatus.Completed]);
    }

    [Fact]
    public async Task A_free_booking_is_confirmed_at_once_without_a_payment()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant, depositPercent: 0);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-free-bob");

        var created = await (await BookingDriver.BookAsync(customer, space.Id, BookingDriver.TomorrowAt(15))).ReadAsAsync<BookingCreatedDto>();

        created.Booking.Status.ShouldBe(BookingStatus.Confirmed);
        created.Booking.DepositFen.ShouldBe(0);
        created.Booking.PaymentId.ShouldBeNull();
        created.RequestPayment.ShouldBeNull();
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Booked);
    }

    [Fact]
    public async Task Cancelling_a_paid_booking_before_the_deadline_refunds_the_deposit_returns_the_points_and_frees_the_space()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, customerId) = await _driver.Payments.CustomerAsync("sim-booking-cancel-carol");
        await _driver.GivePointsAsync(customerId, 500);
        var created = await (await BookingDriver.BookAsync(customer, space.Id, BookingDriver.TomorrowAt(20), usePoints: true)).ReadAsAsync<BookingCreatedDto>();
        var payment = await (await customer.GetAsync($"/api/app/payments/{created.Booking.PaymentId}")).ReadAsAsync<PaymentDto>();
        await _driver.Payments.PayAsync(payment.OutTradeNo);

        var cancelled = await (await customer.PostAsync($"/api/app/bookings/{created.Booking.Id}/cancel", null)).ReadAsAsync<BookingDto>();

        cancelled.Status.ShouldBe(BookingStatus.Cancelled);
        (await BookingDriver.BalanceAsync(customer)).ShouldBe(500);
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Free);
        await api.Simulator.WhenSettledAsync();
        var refunded = await _driver.Payments.GetAsync(ApiFixture.KtvTenant, payment.Id);
        refunded.RefundedFen.ShouldBe(2500);
        // Asking again refunds nothing more.
        (await customer.PostAsync($"/api/app/bookings/{created.Booking.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await api.Simulator.WhenSettledAsync();
        (await _driver.Payments.GetAsync(ApiFixture.KtvTenant, payment.Id)).RefundedFen.ShouldBe(2500);
    }

    [Fact]
    public async Task A_merchant_cancels_a_paid_booking_with_a_full_refund()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-merchant-cancel");
        var booking = await _driver.BookAndPayAsync(customer, space.Id);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");

        var cancelled = await (await manager.PostJsonAsync($"/api/admin/bookings/{booking.Id}/cancel", new CancelBookingDto { Reason = "设备维修" }))
            .ReadAsAsync<BookingDto>();

        cancelled.Status.ShouldBe(BookingStatus.Cancelled);
        cancelled.CloseReason.ShouldBe("设备维修");
        await api.Simulator.WhenSettledAsync();
        (await _driver.Payments.GetAsync(ApiFixture.KtvTenant, booking.PaymentId!.Value)).RefundedFen.ShouldBe(3000);
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Free);
    }
}
