using System.Net;
using LocalLife.Bookings;
using LocalLife.Catalog;
using LocalLife.Common;
using LocalLife.Ordering;

namespace LocalLife.Reviews;

/// <summary>What the review tests do over and over: a customer with a completed order or a finished booking, and a review of it.</summary>
public sealed class ReviewDriver(WeChatApiFixture api)
{
    public OrderingDriver Ordering { get; } = new(api);

    /// <summary>A fresh WeChat customer (the simulator's code decides the openid).</summary>
    public Task<(HttpClient Client, Guid CustomerId)> CustomerAsync() => Ordering.Payments.CustomerAsync("sim-review-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>An order paid but not yet completed.</summary>
    public async Task<OrderDto> PaidOrderAsync(HttpClient customer, string tenant = ApiFixture.KtvTenant)
    {
        var product = await Ordering.NewProductAsync(tenant, priceFen: 1500);
        var (space, token) = await Ordering.NewSpaceAsync(tenant);
        return await Ordering.OrderAndPayAsync(customer, space.Id, token, product.Id);
    }

    /// <summary>An order taken through its whole life by the store's manager and confirmed by the customer.</summary>
    public async Task<OrderDto> CompletedOrderAsync(HttpClient customer, string tenant = ApiFixture.KtvTenant)
    {
        var order = await PaidOrderAsync(customer, tenant);
        var manager = await api.LoginAsync(tenant, "manager");
        foreach (var step in new[] { "accept", "prepare", "deliver", "delivered" })
            (await manager.PostAsync($"/api/admin/orders/{order.Id}/{step}", null)).StatusCode.ShouldBe(HttpStatusCode.OK, step);
        return await (await customer.PostAsync($"/api/app/orders/{order.Id}/confirm-receipt", null)).ReadAsAsync<OrderDto>();
    }

    /// <summary>A booking paid, checked in and released by the front desk (Completed).</summary>
    public async Task<BookingDto> ReleasedBookingAsync(HttpClient customer, string tenant = ApiFixture.KtvTenant)
    {
        var space = await Ordering.Bookings.NewSpaceAsync(tenant);
        var booking = await Ordering.Bookings.BookAndPayAsync(customer, space.Id);
        var frontDesk = await api.LoginAsync(tenant, "frontdesk");
        (await frontDesk.PostJsonAsync("/api/admin/bookings/check-in", new CheckInBookingDto { StoreId = space.StoreId, Code = booking.CheckInCode! }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        return await (await frontDesk.PostJsonAsync($"/api/admin/bookings/{booking.Id}/release", new ReleaseBookingDto
        {
            Lines = [new(BookingSpendCategories.RoomFee, 10000)], ToCleaning = false,
        })).ReadAsAsync<BookingDto>();
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient customer, Guid sourceId, int stars = 5, string? text = null,
        string[]? tags = null, ReviewSourceKind kind = ReviewSourceKind.Order, string[]? images = null) =>
        customer.PostJsonAsync("/api/app/reviews", new SubmitReviewDto
        {
            SourceKind = kind, SourceId = sourceId, Stars = stars, Text = text ?? UniqueText(), Tags = tags ?? [ReviewTags.GoodService], Images = images ?? [],
        });

    public static async Task<ReviewDto> ReviewAsync(HttpClient customer, Guid sourceId, int stars = 5, string? text = null,
        string[]? tags = null, ReviewSourceKind kind = ReviewSourceKind.Order) =>
        await (await SubmitAsync(customer, sourceId, stars, text, tags, kind)).ReadAsAsync<ReviewDto>(HttpStatusCode.Created);

    /// <summary>A pleasant text no other test writes (the same text from two customers is held as a copy).</summary>
    public static string UniqueText() => $"环境很好，服务也很周到，下次还来 #{Guid.NewGuid().ToString("N")[..8]}";

    public async Task<StoreReviewsDto> PublicAsync(Guid storeId, string query = "") =>
        await (await api.CreateClient().GetAsync($"/api/app/stores/{storeId}/reviews?take=100{query}")).ReadAsAsync<StoreReviewsDto>();

    public async Task<StoreDto> StoreAsync(Guid storeId) =>
        await (await api.CreateClient().GetAsync($"/api/app/catalog/stores/{storeId}")).ReadAsAsync<StoreDto>();

    public async Task<ModerationReviewDto> InQueueAsync(Guid reviewId)
    {
        var operatorClient = await api.LoginAsync(null, "operator");
        var queue = await (await operatorClient.GetAsync("/api/host/reviews/moderation?take=100")).ReadAsAsync<PagedResultDto<ModerationReviewDto>>();
        return queue.Items.Where(r => r.Review.Id == reviewId).ShouldHaveSingleItem();
    }
}
