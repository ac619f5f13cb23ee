using LocalLife.Errors;

namespace LocalLife.Reviews;

public sealed class ReviewRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);

    private static Review NewReview(int stars = 5, string text = "服务很好，环境也不错", string[]? tags = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "店", Guid.NewGuid(), ReviewSourceKind.Order, Guid.NewGuid(), stars, text,
            tags ?? [ReviewTags.GoodService], [], Now);

    private static ReviewScreening Clean(MachineVerdict verdict = MachineVerdict.Pass, string[]? suspicious = null, string[]? patterns = null) =>
        new([], suspicious ?? [], verdict, verdict == MachineVerdict.Pass ? 100 : 21000, "t", patterns ?? []);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Stars_are_one_to_five(int stars) =>
        Should.Throw<BusinessException>(() => NewReview(stars)).Code.ShouldBe(ReviewErrorCodes.InvalidStars);

    [Fact]
    public void Text_length_and_tags_are_checked()
    {
        Should.Throw<BusinessException>(() => NewReview(text: new string('a', ReviewConsts.MaxTextLength + 1))).Code.ShouldBe(ReviewErrorCodes.TextTooLong);
        Should.Throw<BusinessException>(() => NewReview(tags: ["made-up"])).Code.ShouldBe(ReviewErrorCodes.UnknownTag);
    }

    [Fact]
    public void A_clean_screening_publishes_and_anything_doubtful_waits_for_a_person()
    {
        var published = NewReview();
        published.Screen(Clean(), Now);
        published.Status.ShouldBe(ReviewStatus.Published);
        published.PublishedAt.ShouldBe(Now);

        foreach (var screening in new[]
                 {
                     Clean(MachineVerdict.Review), Clean(MachineVerdict.Unavailable), Clean(suspicious: ["返现"]),
                     Clean(patterns: [ReviewFlags.DuplicateText]),
                 })
        {
            var held = NewReview();
            held.Screen(screening, Now);
            held.Status.ShouldBe(ReviewStatus.Pending);
            held.Flags.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public void A_blocked_word_or_a_risky_verdict_rejects_with_the_reason()
    {
        var blocked = NewReview();
        blocked.Screen(ReviewScreening.Blocked(["毒品"]), Now);
        blocked.Status.ShouldBe(ReviewStatus.Rejected);
        blocked.RejectionReason.ShouldBe("blocked-words: 毒品");
        blocked.MachineVerdict.ShouldBeNull();

        var risky = NewReview();
        risky.Screen(new ReviewScreening([], [], MachineVerdict.Risky, 20006, "t", []), Now);
        risky.Status.ShouldBe(ReviewStatus.Rejected);
        risky.RejectionReason.ShouldBe("wechat-risky: label 20006");
        Should.Throw<BusinessException>(() => risky.Screen(Clean(), Now)).Code.ShouldBe(ReviewErrorCodes.IllegalTransition);
    }

    [Fact]
    public void Operators_approve_reject_and_take_down_through_the_transition_table()
    {
        var operatorId = Guid.NewGuid();
        var review = NewReview();
        review.Screen(Clean(MachineVerdict.Review), Now);
        Should.Throw<BusinessException>(() => review.TakeDown(operatorId, "x", Now)).Code.ShouldBe(ReviewErrorCodes.IllegalTransition);
        Should.Throw<BusinessException>(() => review.RejectByOperator(operatorId, " ", Now)).Code.ShouldBe(ReviewErrorCodes.ReasonRequired);

        review.Approve(operatorId, Now);
        review.Status.ShouldBe(ReviewStatus.Published);
        review.Decision.ShouldBe(ModerationDecision.Approved);
        review.ModeratorId.ShouldBe(operatorId);
        Should.Throw<BusinessException>(() => review.Approve(operatorId, Now)).Code.ShouldBe(ReviewErrorCodes.IllegalTransition);

        review.TakeDown(operatorId, "虚假评价", Now);
        review.Status.ShouldBe(ReviewStatus.Rejected);
        review.Decision.ShouldBe(ModerationDecision.TakenDown);
        review.RejectionReason.ShouldBe("虚假评价");
    }

    [Fact]
    public void The_merchant_replies_only_to_a_published_review_and_may_edit_the_reply()
    {
        var review = NewReview();
        Should.Throw<BusinessException>(() => review.Reply("谢谢", Now)).Code.ShouldBe(ReviewErrorCodes.NotPublished);
        review.Screen(Clean(), Now);
        review.Reply("谢谢", Now);
        review.Reply("谢谢光临", Now.AddMinutes(5));
        review.ReplyText.ShouldBe("谢谢光临");
        review.RepliedAt.ShouldBe(Now);
        review.ReplyEditedAt.ShouldBe(Now.AddMinutes(5));
        Should.Throw<BusinessException>(() => review.Reply("  ", Now)).Code.ShouldBe(ReviewErrorCodes.ReplyRequired);
    }

    [Fact]
    public void Words_match_through_spaces_punctuation_case_and_full_width_letters()
    {
        ReviewText.FindWords("这里有 毒*品 卖", ["毒品", "枪支"]).ShouldBe(["毒品"]);
        ReviewText.FindWords("加ＶＸ聊聊", ["加v"]).ShouldBe(["加v"]);
        ReviewText.FindWords("很好", ["毒品"]).ShouldBeEmpty();
        ReviewText.Fingerprint("很好").ShouldBeNull();
        ReviewText.Fingerprint("超级推荐这家店，全城最好！").ShouldBe(ReviewText.Fingerprint("超级推荐 这家店 全城最好"));
    }
}
