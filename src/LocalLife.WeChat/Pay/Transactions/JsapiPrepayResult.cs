namespace LocalLife.WeChat.Pay;

/// <summary>The prepay_id and the signed parameters the mini-program hands to <c>wx.requestPayment</c>.</summary>
public sealed record JsapiPrepayResult(string PrepayId, WeChatPayRequestPayment RequestPayment);
