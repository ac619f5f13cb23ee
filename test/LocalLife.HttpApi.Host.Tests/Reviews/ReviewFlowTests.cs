using System.Net;
using LocalLife.Common;

namespace LocalLife.Reviews;

/// <summary>Reviews from a completed order or a finished booking to the store's page, with the merchant's reply and the operators' decisions.</summary>
[Collection(WeChatCollection.Name)]
public sealed class ReviewFlowTests(WeChatApiFixture api)
{
    private readonly ReviewDriver _driver = new(api);

    [Fact]
    public async Task A_clean_review_of_a_completed_order_is_published_at_once_and_the_store_rating_follows()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);
        var before = await _driver.PublicAsync(order.StoreId);

        var review = await ReviewDriver.ReviewAsync(customer, order.Id, stars: 4, tags: [ReviewTags.GoodService, ReviewTags.GoodValue]);

        review.Status.ShouldBe(ReviewStatus.Published);
        review.PublishedAt.ShouldNotBeNull();
        review.StoreId.ShouldBe(order.StoreId);
        review.StoreName.ShouldNotBeNullOrWhiteSpace();
        var after = await _driver.PublicAsync(order.StoreId);
        after.Count.ShouldBe(before.Count + 1);
        after.Reviews.Items.ShouldContain(r => r.Id == review.Id && r.Stars == 4 && r.Author.StartsWith("用户"));
        after.Tags.Single(t => t.Tag == ReviewTags.GoodValue).Count.ShouldBe(before.Tags.SingleOrDefault(t => t.Tag == ReviewTags.GoodValue)?.Count + 1 ?? 1);
        after.StarCounts[3].ShouldBe(before.StarCounts[3] + 1);
        var store = await _driver.StoreAsync(order.StoreId);
        store.RatingCount.ShouldBe(after.Count);
        store.Rating.ShouldBe(after.Average);
        after.Average.ShouldBe(Math.Round((decimal)after.StarCounts.Select((c, i) => c * (i + 1)).Sum() / after.Count, 2));

        var mine = await (await customer.GetAsync($"/api/app/reviews/mine?sourceId={order.Id}")).ReadAsAsync<PagedResultDto<ReviewDto>>();
        mine.Items.ShouldHaveSingleItem().Id.ShouldBe(review.Id);
    }

    [Fact]
    public async Task The_merchant_replies_once_edits_the_reply_and_everyone_sees_it_under_the_review()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);
        var review = await ReviewDriver.ReviewAsync(customer, order.Id, stars: 3, text: "饮品一般，上菜有点慢，希望改进一下");
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");

        var list = await (await manager.GetAsync($"/api/admin/reviews?storeId={order.StoreId}&stars=3&status=Published&take=100"))
            .ReadAsAsync<PagedResultDto<ModerationReviewDto>>();
        list.Items.ShouldContain(r => r.Review.Id == review.Id);
        list.Items.ShouldAllBe(r => r.Review.Stars == 3 && r.Review.Status == ReviewStatus.Published);

        var replied = await (await manager.PutJsonAsync($"/api/admin/reviews/{review.Id}/reply", new ReplyReviewDto { Text = "感谢反馈，我们会加快出品" }))
            .ReadAsAsync<ReviewDto>();
        replied.Reply.ShouldNotBeNull().Text.ShouldBe("感谢反馈，我们会加快出品");
        replied.Reply.EditedAt.ShouldBeNull();
        var edited = await (await manager.PutJsonAsync($"/api/admin/reviews/{review.Id}/reply", new ReplyReviewDto { Text = "感谢反馈，已增加吧台人手" }))
            .ReadAsAsync<ReviewDto>();
        edited.Reply.ShouldNotBeNull().EditedAt.ShouldNotBeNull();
        edited.Reply.RepliedAt.ShouldBe(replied.Reply.RepliedAt, TimeSpan.FromMilliseconds(1));

        var shown = (await _driver.PublicAsync(order.StoreId)).Reviews.Items.Single(r => r.Id == review.Id);
        shown.Reply.ShouldNotBeNull().Text.ShouldBe("感谢反馈，已增加吧台人手");

        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        (await frontDesk.GetAsync("/api/admin/reviews")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await frontDesk.PutJsonAsync($"/api/admin/reviews/{review.Id}/reply", new ReplyReviewDto { Text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await manager.PutJsonAsync($"/api/admin/reviews/{review.Id}/reply", new ReplyReviewDto { Text = "欢迎来赌博" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ReviewErrorCodes.ReplyHasBlockedWords);
    }

    [Fact]
    public async Task A_review_WeChat_sends_to_review_waits_for_an_operator_and_counts_once_approved_until_taken_down()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var booking = await _driver.ReleasedBookingAsync(customer);
        var before = await _driver.StoreAsync(booking.StoreId);

        var review = await ReviewDriver.ReviewAsync(customer, booking.Id, stars: 1, text: "包间音响 sim-review 有杂音", kind: ReviewSourceKind.Booking);

        review.Status.ShouldBe(ReviewStatus.Pending);
        (await _driver.PublicAsync(booking.StoreId)).Reviews.Items.ShouldNotContain(r => r.Id == review.Id);
        (await _driver.StoreAsync(booking.StoreId)).RatingCount.ShouldBe(before.RatingCount);
        var queued = await _driver.InQueueAsync(review.Id);
        queued.MachineVerdict.ShouldBe(MachineVerdict.Review);
        queued.MachineLabel.ShouldBe(21000);
        queued.Flags.ShouldContain(ReviewFlags.WeChatReview);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        await (await manager.PutJsonAsync($"/api/admin/reviews/{review.Id}/reply", new ReplyReviewDto { Text = "抱歉" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ReviewErrorCodes.NotPublished);

        var operatorClient = await api.LoginAsync(null, "operator");
        var approved = await (await operatorClient.PostAsync($"/api/host/reviews/{review.Id}/approve", null)).ReadAsAsync<ModerationReviewDto>();
        approved.Review.Status.ShouldBe(ReviewStatus.Published);
        approved.Decision.ShouldBe(ModerationDecision.Approved);
        approved.ModeratorId.ShouldNotBeNull();
        var published = await _driver.StoreAsync(booking.StoreId);
        published.RatingCount.ShouldBe(before.RatingCount + 1);
        published.Rating.ShouldBe((await _driver.PublicAsync(booking.StoreId)).Average);
        (await _driver.PublicAsync(booking.StoreId)).Reviews.Items.ShouldContain(r => r.Id == review.Id);
        await (await operatorClient.PostAsync($"/api/host/reviews/{review.Id}/approve", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.IllegalTransition);

        await (await operatorClient.PostJsonAsync($"/api/host/reviews/{review.Id}/take-down", new ModerationReasonDto { Reason = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors.LocalLifeErrorCodes.Validation);
        var takenDown = await (await operatorClient.PostJsonAsync($"/api/host/reviews/{review.Id}/take-down", new ModerationReasonDto { Reason = "与实际消费不符" }))
            .ReadAsAsync<ModerationReviewDto>();
        takenDown.Review.Status.ShouldBe(ReviewStatus.Rejected);
        takenDown.Review.RejectionReason.ShouldBe("与实际消费不符");
        takenDown.Decision.ShouldBe(ModerationDecision.TakenDown);
        (await _driver.StoreAsync(booking.StoreId)).RatingCount.ShouldBe(before.RatingCount);
        (await _driver.PublicAsync(booking.StoreId)).Reviews.Items.ShouldNotContain(r => r.Id == review.Id);

        var mine = await (await customer.GetAsync("/api/app/reviews/mine")).ReadAsAsync<PagedResultDto<ReviewDto>>();
        mine.Items.Single(r => r.Id == review.Id).Status.ShouldBe(ReviewStatus.Rejected);
    }

    [Fact]
    public async Task An_operator_rejects_a_pending_review_with_a_reason_and_merchants_cannot_moderate()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);
        var review = await ReviewDriver.ReviewAsync(customer, order.Id, text: "老板人很好，有事可以加微信聊");
        review.Status.ShouldBe(ReviewStatus.Pending);
        (await _driver.InQueueAsync(review.Id)).Flags.ShouldContain(ReviewFlags.SuspiciousWords);

        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await manager.PostJsonAsync($"/api/host/reviews/{review.Id}/reject", new ModerationReasonDto { Reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var operatorClient = await api.LoginAsync(null, "operator");
        var rejected = await (await operatorClient.PostJsonAsync($"/api/host/reviews/{review.Id}/reject", new ModerationReasonDto { Reason = "含引流信息" }))
            .ReadAsAsync<ModerationReviewDto>();
        rejected.Review.Status.ShouldBe(ReviewStatus.Rejected);
        rejected.Decision.ShouldBe(ModerationDecision.Rejected);
        (await operatorClient.PutJsonAsync("/api/host/reviews/settings", new ReviewSettingsDto(["x"], []))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_moderation_queue_lists_pending_reviews_of_every_merchant_first()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var ktv = await _driver.CompletedOrderAsync(customer);
        var tea = await _driver.CompletedOrderAsync(customer, ApiFixture.TeaTenant);
        var ktvReview = await ReviewDriver.ReviewAsync(customer, ktv.Id, text: "sim-review 一号");
        var teaReview = await ReviewDriver.ReviewAsync(customer, tea.Id, text: "sim-review 二号");

        var operatorClient = await api.LoginAsync(null, "operator");
        var queue = await (await operatorClient.GetAsync("/api/host/reviews/moderation?take=100")).ReadAsAsync<PagedResultDto<ModerationReviewDto>>();
        queue.Items.Select(r => r.Review.Id).ShouldContain(ktvReview.Id);
        queue.Items.Select(r => r.Review.Id).ShouldContain(teaReview.Id);
        queue.Items.Select(r => r.Review.Status).TakeWhile(s => s == ReviewStatus.Pending).Count()
            .ShouldBe(queue.Items.Count(r => r.Review.Status == ReviewStatus.Pending));
        queue.Items.Select(r => r.TenantId).Distinct().Count().ShouldBeGreaterThan(1);
    }
}
