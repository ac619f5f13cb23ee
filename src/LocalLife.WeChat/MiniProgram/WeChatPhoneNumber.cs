using System.Text.Json.Serialization;

namespace LocalLife.WeChat.MiniProgram;

/// <summary><c>phone_info</c> of getuserphonenumber; WeChat names these fields in camelCase.</summary>
public sealed class WeChatPhoneNumber
{
    /// <summary>With country code for non-mainland numbers, e.g. "+1 2025550123"; plain for mainland numbers.</summary>
    [JsonPropertyName("phoneNumber")] public string PhoneNumber { get; set; } = "";
    [JsonPropertyName("purePhoneNumber")] public string PurePhoneNumber { get; set; } = "";
    [JsonPropertyName("countryCode")] public string CountryCode { get; set; } = "";
    [JsonPropertyName("watermark")] public WeChatWatermark? Watermark { get; set; }
}
