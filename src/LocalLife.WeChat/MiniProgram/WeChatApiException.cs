namespace LocalLife.WeChat.MiniProgram;

/// <summary>A non-zero errcode from api.weixin.qq.com. Callers switch on <see cref="Error"/>, log <see cref="ErrCode"/>.</summary>
public sealed class WeChatApiException(string api, int errCode, string? errMsg)
    : Exception($"WeChat {api} failed: errcode {errCode} ({errMsg}).")
{
    public string Api { get; } = api;
    public int ErrCode { get; } = errCode;
    public string? ErrMsg { get; } = errMsg;
    public WeChatApiError Error { get; } = WeChatErrorCodes.Classify(errCode);
}
