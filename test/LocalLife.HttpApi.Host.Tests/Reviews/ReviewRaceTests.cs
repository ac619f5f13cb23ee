using System.Net;
using LocalLife.Common;

namespace LocalLife.Reviews;

/// <summary>Twenty submissions of the same order at once: the database's unique index lets exactly one through.</summary>
[Collection(WeChatCollection.Name)]
public sealed class ReviewRaceTests(WeChatApiFixture api)
{
    private readonly ReviewDriver _driver = new(api);

    [Fact]
    public async Task Twenty_parallel_reviews_of_one_order_leave_exactly_one()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);
        var before = await _driver.StoreAsync(order.StoreId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => ReviewDriver.SubmitAsync(customer, order.Id, stars: 5, text: $"并发评价 {i} 号，很满意")));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.AlreadyReviewed);
        var mine = await (await customer.GetAsync($"/api/app/reviews/mine?sourceId={order.Id}")).ReadAsAsync<PagedResultDto<ReviewDto>>();
        mine.TotalCount.ShouldBe(1);
        (await _driver.StoreAsync(order.StoreId)).RatingCount.ShouldBe(before.RatingCount + 1);
    }
}
