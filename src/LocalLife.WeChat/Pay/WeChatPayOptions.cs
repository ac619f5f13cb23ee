namespace LocalLife.WeChat.Pay;

/// <summary>
/// Bound from <c>WeChat:Pay</c>. In Direct mode <see cref="MchId"/> and <see cref="SpAppId"/> are the
/// merchant's mchid and appid; in Partner mode they are the service provider's sp_mchid and sp_appid,
/// and each order names its sub_mchid.
/// </summary>
public sealed class WeChatPayOptions
{
    public const string SectionName = "WeChat:Pay";

    public WeChatPayMode Mode { get; set; } = WeChatPayMode.Direct;
    public string MchId { get; set; } = "";
    public string SpAppId { get; set; } = "";
    /// <summary>Serial number of the merchant API certificate whose private key signs requests.</summary>
    public string MerchantSerialNo { get; set; } = "";
    public string MerchantPrivateKeyPem { get; set; } = "";
    /// <summary>The 32-character APIv3 key that encrypts notification resources.</summary>
    public string ApiV3Key { get; set; } = "";
    /// <summary>The WeChat Pay public key (or platform certificate) PEM that verifies answers and notifications.</summary>
    public string PlatformPublicKeyPem { get; set; } = "";
    /// <summary>PUB_KEY_ID_… of the public key, or the platform certificate's serial; Wechatpay-Serial must equal it.</summary>
    public string PlatformPublicKeyId { get; set; } = "";
    public string BaseAddress { get; set; } = "https://api.mch.weixin.qq.com";
    /// <summary>Default notify_url for prepay and refund requests that do not name their own.</summary>
    public string NotifyUrl { get; set; } = "";
}
