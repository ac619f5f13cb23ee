namespace LocalLife.WeChat.Pay;

/// <summary>
/// A verified and decrypted notification. Exactly one of <see cref="Transaction"/> and <see cref="Refund"/>
/// is set, chosen by the resource's original_type. <see cref="Id"/> is WeChat's notification id, for de-duplication.
/// </summary>
public sealed record WeChatPayNotification(
    string Id,
    string EventType,
    DateTimeOffset CreateTime,
    WeChatPayTransaction? Transaction,
    WeChatPayRefundNotification? Refund);
