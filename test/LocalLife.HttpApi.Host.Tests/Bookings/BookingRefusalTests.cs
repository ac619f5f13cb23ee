using System.Net;
using LocalLife.Spaces;

namespace LocalLife.Bookings;

/// <summary>Every way a booking or a check-in is refused, each with its own code; other tenants' bookings are not found.</summary>
[Collection(WeChatCollection.Name)]
public sealed class BookingRefusalTests(WeChatApiFixture api)
{
    private readonly BookingDriver _driver = new(api);

    [Fact]
    public async Task A_second_booking_of_a_booked_space_is_refused()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (first, _) = await _driver.Payments.CustomerAsync("sim-booking-first");
        var (second, _) = await _driver.Payments.CustomerAsync("sim-booking-second");
        (await BookingDriver.BookAsync(first, space.Id, BookingDriver.TomorrowAt(20))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await BookingDriver.BookAsync(second, space.Id, BookingDriver.TomorrowAt(21))).ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.SpaceNotFree);
        await (await second.PostJsonAsync("/api/app/bookings/preview", new CreateBookingDto { SpaceId = space.Id, ArriveAt = BookingDriver.TomorrowAt(21), PartySize = 2 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.SpaceNotFree);
    }

    [Fact]
    public async Task Arrivals_outside_the_opening_hours_or_in_the_past_and_parties_that_do_not_fit_are_refused()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-refused");

        // The KTV demo store is open 12:00–02:00.
        await (await BookingDriver.BookAsync(customer, space.Id, BookingDriver.TomorrowAt(6))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, BookingErrorCodes.StoreClosedAtArrival);
        await (await BookingDriver.BookAsync(customer, space.Id, DateTimeOffset.UtcNow.AddHours(-1))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, BookingErrorCodes.ArrivalInPast);
        await (await BookingDriver.BookAsync(customer, space.Id, DateTimeOffset.UtcNow.AddDays(40))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, BookingErrorCodes.ArrivalTooFar);
        var tooMany = await (await BookingDriver.BookAsync(customer, space.Id, BookingDriver.TomorrowAt(20), partySize: 7))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, BookingErrorCodes.PartySizeDoesNotFit);
        tooMany.GetProperty("messages").GetProperty("en").GetString().ShouldBe("This space takes 2–6 people, not 7.");
        (await _driver.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Free);
    }

    [Fact]
    public async Task Wrong_used_cancelled_unknown_and_other_merchants_codes_are_refused_at_check_in()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-codes");
        var booking = await _driver.BookAndPayAsync(customer, space.Id);
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        var teaDesk = await api.LoginAsync(ApiFixture.TeaTenant, "frontdesk");
        var teaStore = await _driver.StoreAsync(ApiFixture.TeaTenant);
        Task<HttpResponseMessage> CheckIn(HttpClient desk, Guid storeId, string code) =>
            desk.PostJsonAsync("/api/admin/bookings/check-in", new CheckInBookingDto { StoreId = storeId, Code = code });

        await (await CheckIn(frontDesk, Guid.NewGuid(), booking.CheckInCode!)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, BookingErrorCodes.CodeOfAnotherStore);
        await (await CheckIn(teaDesk, teaStore.Id, booking.CheckInCode!)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, BookingErrorCodes.CodeOfAnotherMerchant);
        await (await CheckIn(frontDesk, space.StoreId, "10000000")).ShouldBeProblemAsync(HttpStatusCode.NotFound, BookingErrorCodes.CodeNotFound);
        (await CheckIn(frontDesk, space.StoreId, booking.CheckInCode!)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await CheckIn(frontDesk, space.StoreId, booking.CheckInCode!)).ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.CodeAlreadyUsed);

        var other = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var cancelled = await _driver.BookAndPayAsync(customer, other.Id);
        (await customer.PostAsync($"/api/app/bookings/{cancelled.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await (await CheckIn(frontDesk, other.StoreId, cancelled.CheckInCode!)).ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.CodeNoLongerValid);
        refused.GetProperty("messages").GetProperty("en").GetString().ShouldNotBeNull().ShouldContain("Cancelled");
    }

    [Fact]
    public async Task Another_tenants_staff_and_another_customer_do_not_find_a_booking()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (owner, _) = await _driver.Payments.CustomerAsync("sim-booking-owner");
        var (stranger, _) = await _driver.Payments.CustomerAsync("sim-booking-stranger");
        var created = await (await BookingDriver.BookAsync(owner, space.Id, BookingDriver.TomorrowAt(20))).ReadAsAsync<BookingCreatedDto>();
        var teaManager = await api.LoginAsync(ApiFixture.TeaTenant, "manager");

        (await teaManager.GetAsync($"/api/admin/bookings/{created.Booking.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await teaManager.PostJsonAsync($"/api/admin/bookings/{created.Booking.Id}/cancel", new CancelBookingDto())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await BookingDriver.ListAsync(teaManager, "")).Items.ShouldNotContain(b => b.Id == created.Booking.Id);
        (await stranger.GetAsync($"/api/app/bookings/{created.Booking.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsync($"/api/app/bookings/{created.Booking.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await stranger.GetAsync("/api/app/bookings")).ReadAsAsync<Common.PagedResultDto<BookingDto>>()).Items.ShouldNotContain(b => b.Id == created.Booking.Id);
    }

    [Fact]
    public async Task Front_desk_may_not_cancel_and_a_customer_may_not_call_the_merchant_api()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-perm");
        var created = await (await BookingDriver.BookAsync(customer, space.Id, BookingDriver.TomorrowAt(20))).ReadAsAsync<BookingCreatedDto>();
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");

        (await frontDesk.PostJsonAsync($"/api/admin/bookings/{created.Booking.Id}/cancel", new CancelBookingDto())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await customer.GetAsync("/api/admin/bookings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
