using System.Net;
using LocalLife.Errors;

namespace LocalLife.Bookings;

[Collection(WeChatCollection.Name)]
public sealed class BookingQrTests(WeChatApiFixture api)
{
    private readonly BookingDriver _driver = new(api);

    [Fact]
    public async Task The_customer_gets_the_check_in_code_as_a_png_qr_only_for_their_own_live_booking()
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-booking-qr");
        var booking = await _driver.BookAndPayAsync(customer, space.Id);

        var response = await customer.GetAsync($"/api/app/bookings/{booking.Id}/check-in-qr");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        var png = await response.Content.ReadAsByteArrayAsync();
        png.Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        png.Length.ShouldBeGreaterThan(200);

        var (stranger, _) = await _driver.Payments.CustomerAsync("sim-booking-qr-stranger");
        await (await stranger.GetAsync($"/api/app/bookings/{booking.Id}/check-in-qr")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);

        await customer.PostAsync($"/api/app/bookings/{booking.Id}/cancel", null);
        await (await customer.GetAsync($"/api/app/bookings/{booking.Id}/check-in-qr")).ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.CodeNoLongerValid);
    }
}
