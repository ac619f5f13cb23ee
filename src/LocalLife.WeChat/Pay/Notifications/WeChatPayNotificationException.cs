namespace LocalLife.WeChat.Pay;

/// <summary>A correctly signed notification whose content cannot be used: malformed, or not decryptable with our APIv3 key.</summary>
public sealed class WeChatPayNotificationException(string message, Exception? inner = null) : Exception(message, inner);
