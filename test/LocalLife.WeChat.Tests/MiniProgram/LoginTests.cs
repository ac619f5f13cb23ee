using LocalLife.WeChat.MiniProgram;
using LocalLife.WeChat.Tests.Infrastructure;

namespace LocalLife.WeChat.Tests.MiniProgram;

public sealed class LoginTests : IAsyncLifetime
{
    private WeChatTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WeChatTestHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_valid_code_gives_an_openid_that_is_stable_per_code()
    {
        var login = _host.Get<WeChatLoginClient>();

        var first = await login.Code2SessionAsync("sim-alice", CancellationToken.None);
        var again = await login.Code2SessionAsync("sim-alice", CancellationToken.None);
        var other = await login.Code2SessionAsync("sim-bob", CancellationToken.None);

        first.OpenId.ShouldStartWith("o");
        first.OpenId.Length.ShouldBe(28);
        first.UnionId.ShouldNotBeNullOrEmpty();
        Convert.FromBase64String(first.SessionKey).Length.ShouldBe(16);
        again.OpenId.ShouldBe(first.OpenId);
        other.OpenId.ShouldNotBe(first.OpenId);
    }

    [Theory]
    [InlineData("invalid", WeChatErrorCodes.InvalidCode, WeChatApiError.InvalidCode)]
    [InlineData("ratelimit", WeChatErrorCodes.RateLimited, WeChatApiError.RateLimited)]
    [InlineData("busy", WeChatErrorCodes.SystemBusy, WeChatApiError.SystemBusy)]
    public async Task WeChat_errcodes_become_typed_errors(string code, int errcode, WeChatApiError error)
    {
        var login = _host.Get<WeChatLoginClient>();

        var e = await Should.ThrowAsync<WeChatApiException>(() => login.Code2SessionAsync(code, CancellationToken.None));

        e.ErrCode.ShouldBe(errcode);
        e.Error.ShouldBe(error);
    }

    [Fact]
    public async Task A_wrong_app_secret_is_a_credentials_error()
    {
        await using var host = await WeChatTestHost.StartAsync(settings: s => s["WeChat:MiniProgram:AppSecret"] = "wrong");

        var e = await Should.ThrowAsync<WeChatApiException>(
            () => host.Get<WeChatLoginClient>().Code2SessionAsync("sim-alice", CancellationToken.None));

        e.Error.ShouldBe(WeChatApiError.InvalidCredentials);
    }

    [Fact]
    public async Task A_phone_code_gives_the_phone_number()
    {
        var phones = _host.Get<WeChatPhoneNumberClient>();

        var phone = await phones.GetPhoneNumberAsync("sim-phone-13800138000", CancellationToken.None);

        phone.PhoneNumber.ShouldBe("13800138000");
        phone.PurePhoneNumber.ShouldBe("13800138000");
        phone.CountryCode.ShouldBe("86");
        phone.Watermark!.AppId.ShouldBe(TestKeys.AppId);
        (await Should.ThrowAsync<WeChatApiException>(() => phones.GetPhoneNumberAsync("invalid", CancellationToken.None)))
            .Error.ShouldBe(WeChatApiError.InvalidCode);
    }
}
