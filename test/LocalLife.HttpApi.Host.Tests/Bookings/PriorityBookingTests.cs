using System.Net;
using LocalLife.Loyalty;

namespace LocalLife.Bookings;

[Collection(WeChatCollection.Name)]
public sealed class PriorityBookingTests(WeChatApiFixture api)
{
    private readonly BookingDriver _driver = new(api);

    [Fact]
    public async Task A_level_with_the_priority_perk_books_further_ahead_than_the_rest()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-priority");
        var inSixWeeks = BookingDriver.TomorrowAt(20).AddDays(41);
        var preview = new CreateBookingDto { SpaceId = space.Id, ArriveAt = inSixWeeks, PartySize = 4 };
        await (await customer.PostJsonAsync("/api/app/bookings/preview", preview)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, BookingErrorCodes.ArrivalTooFar);

        var admin = await api.LoginAsync(null, "admin");
        var settings = await (await admin.GetAsync("/api/host/loyalty/settings")).ReadAsAsync<LoyaltySettingsDto>();
        await admin.PutJsonAsync("/api/host/loyalty/settings", settings with { Levels = [settings.Levels[0] with { PriorityBooking = true }, .. settings.Levels.Skip(1)] });
        try
        {
            (await customer.PostJsonAsync("/api/app/bookings/preview", preview)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await admin.PutJsonAsync("/api/host/loyalty/settings", settings);
        }
    }
}
