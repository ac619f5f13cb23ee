namespace LocalLife.Identity;

/// <summary>Token-endpoint grant types of our own (OpenIddict custom flows).</summary>
public static class LocalLifeGrantTypes
{
    /// <summary>The code of the mini-program's <c>wx.login</c> in the <c>code</c> parameter; signs a customer in.</summary>
    public const string WeChatMiniProgram = "urn:locallife:wechat_miniprogram";
}
