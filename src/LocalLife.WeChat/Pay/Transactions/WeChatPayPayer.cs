using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>Direct mode uses <c>openid</c>; Partner mode exactly one of <c>sp_openid</c> and <c>sub_openid</c>.</summary>
public sealed class WeChatPayPayer
{
    [JsonPropertyName("openid")] public string? OpenId { get; set; }
    [JsonPropertyName("sp_openid")] public string? SpOpenId { get; set; }
    [JsonPropertyName("sub_openid")] public string? SubOpenId { get; set; }
}
