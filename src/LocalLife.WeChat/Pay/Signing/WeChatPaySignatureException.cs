namespace LocalLife.WeChat.Pay;

/// <summary>An answer or notification failed verification; a notification endpoint answers 401 to it.</summary>
public sealed class WeChatPaySignatureException(WeChatPaySignatureFailure failure, string message) : Exception(message)
{
    public WeChatPaySignatureFailure Failure { get; } = failure;
}
