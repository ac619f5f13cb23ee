using System.Text.Json.Serialization;

namespace LocalLife.WeChat.MiniProgram;

/// <summary>Turns the code from a <c>getPhoneNumber</c> button into the user's phone number.</summary>
public sealed class WeChatPhoneNumberClient(HttpClient http, WeChatAccessTokenProvider tokens)
{
    public async Task<WeChatPhoneNumber> GetPhoneNumberAsync(string code, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var response = await WeChatApiHttp.PostWithAccessTokenAsync<PhoneNumberResponse>(
            http, tokens, "getuserphonenumber", "wxa/business/getuserphonenumber", new PhoneNumberRequest(code), ct);
        return response.PhoneInfo
            ?? throw new WeChatApiException("getuserphonenumber", WeChatErrorCodes.SystemBusy, "no phone_info in the answer");
    }

    private sealed record PhoneNumberRequest([property: JsonPropertyName("code")] string Code);

    private sealed class PhoneNumberResponse : WeChatApiResponse
    {
        [JsonPropertyName("phone_info")] public WeChatPhoneNumber? PhoneInfo { get; set; }
    }
}
