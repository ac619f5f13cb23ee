using System.Net;

namespace LocalLife.Bookings;

/// <summary>The merchant's booking list filters and today's arrivals.</summary>
[Collection(WeChatCollection.Name)]
public sealed class BookingListTests(WeChatApiFixture api)
{
    private readonly BookingDriver _driver = new(api);

    [Fact]
    public async Task Staff_filter_bookings_by_store_day_space_and_status()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-list");
        var arriveAt = BookingDriver.TomorrowAt(19);
        var created = await (await BookingDriver.BookAsync(customer, space.Id, arriveAt)).ReadAsAsync<BookingCreatedDto>();
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        var tomorrow = DateOnly.FromDateTime(arriveAt.ToOffset(TimeSpan.FromHours(8)).DateTime);

        (await BookingDriver.ListAsync(frontDesk, $"storeId={space.StoreId}&date={tomorrow:yyyy-MM-dd}")).Items.ShouldContain(b => b.Id == created.Booking.Id);
        (await BookingDriver.ListAsync(frontDesk, $"storeId={space.StoreId}&date={tomorrow.AddDays(1):yyyy-MM-dd}")).Items.ShouldNotContain(b => b.Id == created.Booking.Id);
        (await BookingDriver.ListAsync(frontDesk, $"spaceId={space.Id}&status=PendingPayment")).Items.ShouldHaveSingleItem().Id.ShouldBe(created.Booking.Id);
        (await BookingDriver.ListAsync(frontDesk, $"spaceId={space.Id}&status=Confirmed")).TotalCount.ShouldBe(0);
        (await frontDesk.GetAsync($"/api/admin/bookings?date={tomorrow:yyyy-MM-dd}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var today = await (await frontDesk.GetAsync($"/api/admin/bookings/today?storeId={space.StoreId}")).ReadAsAsync<List<BookingDto>>();
        today.ShouldNotContain(b => b.Id == created.Booking.Id);
        today.ShouldAllBe(b => b.ArriveAt < arriveAt);
    }
}
