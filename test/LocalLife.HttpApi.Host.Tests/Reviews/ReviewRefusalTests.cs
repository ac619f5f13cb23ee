using System.Net;
using LocalLife.Common;
using LocalLife.Errors;

namespace LocalLife.Reviews;

/// <summary>What the screening and the rules refuse: blocked and risky words, copies, someone else's or an unfinished source, a second review.</summary>
[Collection(WeChatCollection.Name)]
public sealed class ReviewRefusalTests(WeChatApiFixture api)
{
    private readonly ReviewDriver _driver = new(api);

    [Fact]
    public async Task A_blocked_word_rejects_the_review_before_WeChat_is_asked()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);
        var before = await _driver.StoreAsync(order.StoreId);

        var review = await ReviewDriver.ReviewAsync(customer, order.Id, stars: 5, text: "这里可以买到毒 品");

        review.Status.ShouldBe(ReviewStatus.Rejected);
        review.RejectionReason.ShouldNotBeNull().ShouldContain(ReviewFlags.BlockedWords);
        var queued = await _driver.InQueueAsync(review.Id);
        queued.MachineVerdict.ShouldBeNull();
        queued.Flags.ShouldBe([ReviewFlags.BlockedWords]);
        (await _driver.StoreAsync(order.StoreId)).RatingCount.ShouldBe(before.RatingCount);
    }

    [Fact]
    public async Task Words_the_platform_adds_to_its_list_are_blocked_from_then_on()
    {
        var admin = await api.LoginAsync(null, "admin");
        var settings = await (await admin.GetAsync("/api/host/reviews/settings")).ReadAsAsync<ReviewSettingsDto>();
        var word = "违禁词" + Random.Shared.Next(1000, 9999);
        var updated = await (await admin.PutJsonAsync("/api/host/reviews/settings",
            settings with { BlockedWords = [.. settings.BlockedWords, word] })).ReadAsAsync<ReviewSettingsDto>();
        updated.BlockedWords.ShouldContain(word);

        var (customer, _) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);
        (await ReviewDriver.ReviewAsync(customer, order.Id, text: $"店员推荐了{word}，很好")).Status.ShouldBe(ReviewStatus.Rejected);
    }

    [Fact]
    public async Task A_text_WeChat_judges_risky_is_rejected_with_its_label()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);

        var review = await ReviewDriver.ReviewAsync(customer, order.Id, text: "总体还行 sim-risky");

        review.Status.ShouldBe(ReviewStatus.Rejected);
        review.RejectionReason.ShouldBe($"{ReviewFlags.WeChatRisky}: label 20006");
        var queued = await _driver.InQueueAsync(review.Id);
        queued.MachineVerdict.ShouldBe(MachineVerdict.Risky);
        queued.MachineLabel.ShouldBe(20006);
    }

    [Fact]
    public async Task The_same_text_from_another_customer_is_held_for_a_person()
    {
        var text = "超级推荐这家店，全城最好，必须五星好评" + Guid.NewGuid().ToString("N")[..6];
        var (first, _) = await _driver.CustomerAsync();
        var (second, _) = await _driver.CustomerAsync();
        var firstOrder = await _driver.CompletedOrderAsync(first);
        var secondOrder = await _driver.CompletedOrderAsync(second, ApiFixture.TeaTenant);

        (await ReviewDriver.ReviewAsync(first, firstOrder.Id, text: text)).Status.ShouldBe(ReviewStatus.Published);
        var copy = await ReviewDriver.ReviewAsync(second, secondOrder.Id, text: text.Replace("，", ", "));

        copy.Status.ShouldBe(ReviewStatus.Pending);
        (await _driver.InQueueAsync(copy.Id)).Flags.ShouldBe([ReviewFlags.DuplicateText]);
    }

    [Fact]
    public async Task A_customer_reviewing_one_store_again_and_again_within_a_day_is_held_for_a_person()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var statuses = new List<ReviewStatus>();
        for (var i = 0; i < ReviewConsts.FrequentCount; i++)
        {
            var order = await _driver.CompletedOrderAsync(customer);
            statuses.Add((await ReviewDriver.ReviewAsync(customer, order.Id, text: $"第{i + 1}次来，依旧满意，推荐给朋友们")).Status);
        }
        statuses.ShouldBe([ReviewStatus.Published, ReviewStatus.Published, ReviewStatus.Pending]);
    }

    [Fact]
    public async Task A_source_is_reviewed_once()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);
        await ReviewDriver.ReviewAsync(customer, order.Id);

        await (await ReviewDriver.SubmitAsync(customer, order.Id, text: "再评一次"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ReviewErrorCodes.AlreadyReviewed);
    }

    [Fact]
    public async Task Someone_elses_order_is_not_found_and_an_unfinished_one_cannot_be_reviewed()
    {
        var (owner, _) = await _driver.CustomerAsync();
        var (stranger, _) = await _driver.CustomerAsync();
        var completed = await _driver.CompletedOrderAsync(owner);
        var paid = await _driver.PaidOrderAsync(owner);

        await (await ReviewDriver.SubmitAsync(stranger, completed.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await ReviewDriver.SubmitAsync(owner, completed.Id, kind: ReviewSourceKind.Booking))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await ReviewDriver.SubmitAsync(owner, paid.Id)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ReviewErrorCodes.SourceNotCompleted);
        var staff = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await ReviewDriver.SubmitAsync(staff, completed.Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.CreateClient().PostJsonAsync("/api/app/reviews", new SubmitReviewDto())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(0, 10, "stars")]
    [InlineData(6, 10, "stars")]
    [InlineData(5, ReviewConsts.MaxTextLength + 1, "text")]
    public async Task Invalid_input_is_refused_with_the_field(int stars, int length, string field)
    {
        var (customer, _) = await _driver.CustomerAsync();
        var problem = await (await ReviewDriver.SubmitAsync(customer, Guid.NewGuid(), stars, new string('好', length)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Unknown_tags_and_too_many_images_are_refused()
    {
        var (customer, _) = await _driver.CustomerAsync();
        await (await ReviewDriver.SubmitAsync(customer, Guid.NewGuid(), tags: ["delicious-lies"]))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        await (await ReviewDriver.SubmitAsync(customer, Guid.NewGuid(), images: Enumerable.Range(0, 10).Select(i => $"https://img.example.com/{i}.jpg").ToArray()))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
    }

    [Fact]
    public async Task Another_merchant_cannot_see_or_reply_to_a_review()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);
        var review = await ReviewDriver.ReviewAsync(customer, order.Id);

        var otherManager = await api.LoginAsync(ApiFixture.TeaTenant, "manager");
        await (await otherManager.PutJsonAsync($"/api/admin/reviews/{review.Id}/reply", new ReplyReviewDto { Text = "谢谢" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        var theirs = await (await otherManager.GetAsync("/api/admin/reviews?take=100")).ReadAsAsync<PagedResultDto<ModerationReviewDto>>();
        theirs.Items.ShouldNotContain(r => r.Review.Id == review.Id);
        await (await api.CreateClient().GetAsync($"/api/app/stores/{Guid.NewGuid()}/reviews")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
    }
}
