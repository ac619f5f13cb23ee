using LocalLife.WeChat.ContentSecurity;
using LocalLife.WeChat.Tests.Infrastructure;

namespace LocalLife.WeChat.Tests.MiniProgram;

public sealed class ContentSecurityTests : IAsyncLifetime
{
    private WeChatTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WeChatTestHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("环境很好，茶也好喝", ContentSuggestion.Pass, 100)]
    [InlineData("包间里有人赌博", ContentSuggestion.Risky, 20006)]
    [InlineData("please sim-review this", ContentSuggestion.Review, 21000)]
    public async Task Text_gets_the_verdict_of_the_word_list(string text, ContentSuggestion suggestion, int label)
    {
        var result = await _host.Get<WeChatContentSecurityClient>()
            .CheckTextAsync("o-user-1", ContentScene.Comment, text, CancellationToken.None);

        result.Suggestion.ShouldBe(suggestion);
        result.Label.ShouldBe(label);
        result.TraceId.ShouldNotBeNullOrEmpty();
    }
}
