using System.Diagnostics;
using LocalLife.Payments;
using LocalLife.RealTime;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace LocalLife.Bookings;

/// <summary>Everyone watching the store sees the space booked at once; the store's staff hear of the confirmed booking.</summary>
[Collection(WeChatCollection.Name)]
public sealed class BookingRealtimeTests(WeChatApiFixture api, ITestOutputHelper output)
{
    private readonly BookingDriver _driver = new(api);

    [Fact]
    public async Task Watchers_see_the_space_booked_within_a_second_and_staff_hear_the_confirmed_booking()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (watcherClient, _) = await _driver.Payments.CustomerAsync("sim-booking-watcher");
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-live");
        await using var watcher = await HubClients.ConnectAsync(api, CustomerHub.Path, watcherClient.DefaultRequestHeaders.Authorization!.Parameter!);
        var spaces = watcher.Listen(RealtimeMethods.SpaceStatusChanged);
        await watcher.InvokeAsync("WatchStore", space.StoreId);
        await using var desk = await HubClients.ConnectAsync(api, StaffHub.Path, (await api.GetTokenAsync(ApiFixture.KtvTenant, "frontdesk")).AccessToken);
        var bookings = desk.Listen(RealtimeMethods.BookingConfirmed);
        await desk.InvokeAsync("JoinStore", space.StoreId);

        var watch = Stopwatch.StartNew();
        var created = await (await BookingDriver.BookAsync(customer, space.Id, BookingDriver.TomorrowAt(20))).ReadAsAsync<BookingCreatedDto>();
        (await spaces.WaitAsync(1, TimeSpan.FromSeconds(1))).ShouldBeTrue();
        output.WriteLine($"space status pushed {watch.ElapsedMilliseconds} ms after the booking request was sent");
        var pushed = spaces.Items.Single(i => i.GetProperty("spaceId").GetGuid() == space.Id);
        pushed.GetProperty("to").GetString().ShouldBe("Booked");

        var payment = await (await customer.GetAsync($"/api/app/payments/{created.Booking.PaymentId}")).ReadAsAsync<PaymentDto>();
        await _driver.Payments.PayAsync(payment.OutTradeNo);
        (await bookings.WaitAsync(1, TimeSpan.FromSeconds(5))).ShouldBeTrue();
        bookings.Items.ShouldContain(i => i.GetProperty("bookingId").GetGuid() == created.Booking.Id);
    }
}
