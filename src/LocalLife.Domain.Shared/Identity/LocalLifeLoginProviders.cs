namespace LocalLife.Identity;

/// <summary>The <c>user_logins</c> providers of external sign-ins; the provider key is the external id.</summary>
public static class LocalLifeLoginProviders
{
    /// <summary>Key: the customer's openid in our mini-program (also the payer id for WeChat Pay).</summary>
    public const string WeChatMiniProgram = "wechat-miniprogram";

    /// <summary>Key: the unionid across the apps of our WeChat Open Platform account.</summary>
    public const string WeChatUnionId = "wechat-unionid";
}
