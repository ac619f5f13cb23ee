namespace LocalLife.WeChat.MiniProgram;

/// <summary>The errcode values of api.weixin.qq.com that this library names.</summary>
public static class WeChatErrorCodes
{
    public const int SystemBusy = -1;
    public const int Ok = 0;
    public const int InvalidCredential = 40001;
    public const int InvalidOpenId = 40003;
    public const int InvalidAppId = 40013;
    public const int InvalidAccessToken = 40014;
    public const int InvalidCode = 40029;
    public const int InvalidAppSecret = 40125;
    public const int HighRiskUser = 40226;
    public const int AccessTokenExpired = 42001;
    public const int UserRefusedSubscription = 43101;
    public const int RateLimited = 45011;
    public const int DataFormatError = 47001;
    public const int ArgumentInvalid = 47003;

    public static WeChatApiError Classify(int errcode) => errcode switch
    {
        SystemBusy => WeChatApiError.SystemBusy,
        InvalidCode => WeChatApiError.InvalidCode,
        RateLimited => WeChatApiError.RateLimited,
        HighRiskUser => WeChatApiError.HighRiskUser,
        InvalidCredential or InvalidAccessToken or AccessTokenExpired => WeChatApiError.AccessTokenInvalid,
        InvalidAppId or InvalidAppSecret => WeChatApiError.InvalidCredentials,
        UserRefusedSubscription => WeChatApiError.UserRefusedSubscription,
        _ => WeChatApiError.Other,
    };
}
