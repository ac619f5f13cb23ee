using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>
/// The argument of <c>wx.requestPayment</c>, named as the mini-program API names it (camelCase, timeStamp
/// with a capital S). <see cref="AppId"/> is not passed to requestPayment but is part of what paySign covers.
/// </summary>
public sealed record WeChatPayRequestPayment(
    [property: JsonPropertyName("appId")] string AppId,
    [property: JsonPropertyName("timeStamp")] string TimeStamp,
    [property: JsonPropertyName("nonceStr")] string NonceStr,
    [property: JsonPropertyName("package")] string Package,
    [property: JsonPropertyName("signType")] string SignType,
    [property: JsonPropertyName("paySign")] string PaySign);
