namespace LocalLife.WeChat.Pay;

/// <summary>Why an answer or notification was not accepted as coming from WeChat Pay.</summary>
public enum WeChatPaySignatureFailure
{
    /// <summary>A Wechatpay-* header is absent.</summary>
    MissingHeaders,
    /// <summary>Wechatpay-Serial names a key we do not hold (a rotated or foreign key).</summary>
    UnknownSerial,
    /// <summary>Wechatpay-Timestamp is more than five minutes away from now: a replay, or a bad clock.</summary>
    Expired,
    /// <summary>The signature does not match the body: tampered, or signed by someone else.</summary>
    BadSignature,
}
