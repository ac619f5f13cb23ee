namespace LocalLife.WeChat.MiniProgram;

/// <summary>The errcodes a caller reacts to differently; everything else is <see cref="Other"/>.</summary>
public enum WeChatApiError
{
    Other,
    /// <summary>-1: WeChat is busy; retrying later may work.</summary>
    SystemBusy,
    /// <summary>40029: the js_code or phone code is invalid, expired or already used.</summary>
    InvalidCode,
    /// <summary>45011: too many calls; back off.</summary>
    RateLimited,
    /// <summary>40226: WeChat flags the user as high risk and refuses the login.</summary>
    HighRiskUser,
    /// <summary>40001, 40014, 42001: the access token is invalid or expired.</summary>
    AccessTokenInvalid,
    /// <summary>40013, 40125: the app id or secret is wrong: a configuration error.</summary>
    InvalidCredentials,
    /// <summary>43101: the user has not accepted (or has used up) the subscription.</summary>
    UserRefusedSubscription,
}
