using System.Net;

namespace LocalLife.WeChat.Pay;

/// <summary>
/// A WeChat Pay error answer: HTTP status plus <c>{"code": "...", "message": "..."}</c>, e.g. 400 INVALID_REQUEST
/// for a refund above the refundable amount, 404 ORDER_NOT_EXIST, 403 ORDERPAID.
/// </summary>
public sealed class WeChatPayApiException(HttpStatusCode status, string? code, string? message)
    : Exception($"WeChat Pay answered {(int)status} {code}: {message}")
{
    public HttpStatusCode Status { get; } = status;
    public string? Code { get; } = code;
    public string? ErrorMessage { get; } = message;
}
