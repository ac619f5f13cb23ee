using System.Net;
using System.Text;
using LocalLife.Bookings;
using LocalLife.Common;
using LocalLife.Errors;
using LocalLife.Ordering;
using LocalLife.Payments;
using static LocalLife.Inputs.SampleRequests;

namespace LocalLife.Inputs;

/// <summary>Issue #23: a time with an offset is the same instant as its UTC form, and a time that is not one is a field error that changes nothing.</summary>
[Collection(WeChatCollection.Name)]
public sealed class OffsetTimeTests(WeChatApiFixture api)
{
    private readonly OrderingDriver _driver = new(api);

    [Fact]
    public async Task A_booking_at_a_plus_eight_time_is_the_booking_of_the_same_instant_in_utc()
    {
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-offset-" + Guid.NewGuid().ToString("N")[..8]);
        var at = BookingDriver.TomorrowAt(20);
        var first = await _driver.Bookings.NewSpaceAsync(ApiFixture.KtvTenant);
        var second = await _driver.Bookings.NewSpaceAsync(ApiFixture.KtvTenant);

        var previewChina = await (await Book(customer, "preview", first.Id, China(at))).ReadAsAsync<BookingPreviewDto>();
        var previewUtc = await (await Book(customer, "preview", first.Id, Utc(at))).ReadAsAsync<BookingPreviewDto>();
        previewChina.ShouldBe(previewUtc with { Coupons = previewChina.Coupons }); // the list compares by reference
        previewChina.Coupons.ShouldBe(previewUtc.Coupons);
        previewChina.ArriveAt.Offset.ShouldBe(TimeSpan.Zero);

        var china = await (await Book(customer, "", first.Id, China(at))).ReadAsAsync<BookingCreatedDto>();
        var utc = await (await Book(customer, "", second.Id, Utc(at))).ReadAsAsync<BookingCreatedDto>();
        china.Booking.ArriveAt.ShouldBe(at);
        china.Booking.ArriveAt.ShouldBe(utc.Booking.ArriveAt);
        (china.Booking.DepositFen, china.Booking.Status).ShouldBe((utc.Booking.DepositFen, utc.Booking.Status));
    }

    [Fact]
    public async Task Payments_listed_from_a_plus_eight_time_are_those_listed_from_the_same_instant_in_utc()
    {
        var payment = await _driver.Payments.CreatePaidAsync(ApiFixture.KtvTenant, "sim-offset-list", 1200);
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var from = DateTimeOffset.UtcNow.AddHours(-1);

        var china = await (await owner.GetAsync($"/api/admin/payments?take=100&createdFrom={Uri.EscapeDataString(China(from))}")).ReadAsAsync<PagedResultDto<PaymentDto>>();
        var utc = await (await owner.GetAsync($"/api/admin/payments?take=100&createdFrom={Uri.EscapeDataString(Utc(from))}")).ReadAsAsync<PagedResultDto<PaymentDto>>();
        china.Items.Select(p => p.Id).ShouldBe(utc.Items.Select(p => p.Id));
        china.Items.ShouldContain(p => p.Id == payment.Id);
    }

    [Fact]
    public async Task A_promotion_ending_at_a_plus_eight_time_ends_at_that_instant()
    {
        var category = await _driver.NewCategoryAsync(ApiFixture.KtvTenant);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var endsAt = BookingDriver.TomorrowAt(22);

        var product = await (await manager.PostAsync("/api/admin/menu/products", Json($$"""
            {"storeId":"{{category.StoreId}}","categoryId":"{{category.Id}}","name":"限时啤酒","priceFen":1000,"promotionPriceFen":800,"promotionEndsAt":"{{China(endsAt)}}"}
            """))).ReadAsAsync<ProductDto>();
        product.PromotionEndsAt.ShouldBe(endsAt);
        product.PromotionEndsAt!.Value.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("2026-12-05T20:00:00")] // no offset: whose 20:00?
    [InlineData("2026-12-05T20:00:00+0800")]
    [InlineData("2026-12-05 20:00:00+08:00")]
    [InlineData("2026-12-05T20:00:00+15:00")]
    [InlineData("0001-01-01T00:00:00+08:00")] // before the first instant a DateTimeOffset holds
    [InlineData("9999-12-31T23:59:59-08:00")]
    [InlineData("3000-01-01T00:00:00Z")]
    public async Task A_time_that_is_not_an_iso_instant_in_our_calendar_is_a_field_error_and_books_nothing(string arriveAt)
    {
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-offset-bad");
        var space = await _driver.Bookings.NewSpaceAsync(ApiFixture.KtvTenant);

        var problem = await (await Book(customer, "", space.Id, arriveAt)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["arriveAt"]);
        (await _driver.Bookings.PublicStatusAsync(space.Id)).ShouldBe(Spaces.SpaceStatus.Free);
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        (await BookingDriver.ListAsync(owner, $"spaceId={space.Id}")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_query_time_without_its_offset_names_the_field_in_the_callers_language()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner", language: "en");
        var problem = await (await owner.GetAsync("/api/admin/payments?createdFrom=2026-12-05T20:00:00%2B0800"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        problem.GetProperty("errors").GetProperty("createdFrom")[0].GetString()!.ShouldStartWith("A time is ISO 8601 with its offset");
    }

    private static Task<HttpResponseMessage> Book(HttpClient customer, string action, Guid spaceId, string arriveAt) =>
        customer.PostAsync(action.Length == 0 ? "/api/app/bookings" : $"/api/app/bookings/{action}",
            Json($$"""{"spaceId":"{{spaceId}}","arriveAt":"{{arriveAt}}","partySize":4}"""));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
