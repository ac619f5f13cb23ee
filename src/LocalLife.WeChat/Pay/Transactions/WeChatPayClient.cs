using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace LocalLife.WeChat.Pay;

/// <summary>JSAPI payments for the mini-program: prepay, query, close, in Direct or Partner mode as configured.</summary>
public sealed class WeChatPayClient(
    HttpClient http, WeChatPayRequestSender sender, WeChatPayKeys keys, IOptions<WeChatPayOptions> options, TimeProvider clock)
{
    private bool IsPartner => options.Value.Mode == WeChatPayMode.Partner;

    public async Task<JsapiPrepayResult> PrepayJsapiAsync(JsapiPrepayOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.TotalFen <= 0) throw new ArgumentOutOfRangeException(nameof(order), "An order total must be at least 1 fen.");
        var path = IsPartner ? "v3/pay/partner/transactions/jsapi" : "v3/pay/transactions/jsapi";
        var text = await sender.SendAsync(http, HttpMethod.Post, path, WeChatJson.Serialize(ToRequest(order)), ct);
        var prepayId = WeChatJson.Deserialize<PrepayResponse>(text, "prepay").PrepayId
            ?? throw new WeChatPayApiException(System.Net.HttpStatusCode.OK, null, "No prepay_id in the answer.");

        // The payer pays inside the app whose openid we were given, so that app id is signed into paySign.
        var appId = IsPartner && order.SubAppId is not null ? order.SubAppId : options.Value.SpAppId;
        return new JsapiPrepayResult(prepayId, CreateRequestPayment(appId, prepayId));
    }

    /// <summary>Signs the wx.requestPayment parameters with the merchant key (signType RSA).</summary>
    public WeChatPayRequestPayment CreateRequestPayment(string appId, string prepayId)
    {
        var timeStamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = WeChatPaySignature.NewNonce();
        var package = "prepay_id=" + prepayId;
        var paySign = WeChatPaySignature.Sign(keys.MerchantPrivateKey,
            WeChatPaySignature.RequestPaymentMessage(appId, timeStamp, nonce, package));
        return new WeChatPayRequestPayment(appId, timeStamp, nonce, package, "RSA", paySign);
    }

    /// <param name="subMchId">Required in Partner mode, ignored in Direct mode.</param>
    public async Task<WeChatPayTransaction> QueryByOutTradeNoAsync(string outTradeNo, string? subMchId, CancellationToken ct)
    {
        var o = options.Value;
        var path = IsPartner
            ? $"v3/pay/partner/transactions/out-trade-no/{Escape(outTradeNo)}?sp_mchid={Escape(o.MchId)}&sub_mchid={Escape(RequireSubMchId(subMchId))}"
            : $"v3/pay/transactions/out-trade-no/{Escape(outTradeNo)}?mchid={Escape(o.MchId)}";
        var text = await sender.SendAsync(http, HttpMethod.Get, path, null, ct);
        return WeChatJson.Deserialize<WeChatPayTransaction>(text, "transaction");
    }

    /// <summary>Closes an unpaid order so it can no longer be paid; WeChat answers 204.</summary>
    public async Task CloseAsync(string outTradeNo, string? subMchId, CancellationToken ct)
    {
        var o = options.Value;
        var (path, body) = IsPartner
            ? ($"v3/pay/partner/transactions/out-trade-no/{Escape(outTradeNo)}/close",
               new CloseRequest(null, o.MchId, RequireSubMchId(subMchId)))
            : ($"v3/pay/transactions/out-trade-no/{Escape(outTradeNo)}/close", new CloseRequest(o.MchId, null, null));
        await sender.SendAsync(http, HttpMethod.Post, path, WeChatJson.Serialize(body), ct);
    }

    private JsapiPrepayRequest ToRequest(JsapiPrepayOrder order)
    {
        var o = options.Value;
        var request = new JsapiPrepayRequest
        {
            Description = order.Description,
            OutTradeNo = order.OutTradeNo,
            TimeExpire = order.TimeExpire?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            Attach = order.Attach,
            NotifyUrl = order.NotifyUrl ?? o.NotifyUrl,
            Amount = new WeChatPayOrderAmount { Total = order.TotalFen },
        };
        if (string.IsNullOrWhiteSpace(request.NotifyUrl))
            throw new InvalidOperationException($"No notify_url: set {WeChatPayOptions.SectionName}:NotifyUrl or the order's NotifyUrl.");

        if (!IsPartner)
        {
            request.AppId = o.SpAppId;
            request.MchId = o.MchId;
            request.Payer = new WeChatPayPayer { OpenId = order.PayerOpenId };
            return request;
        }

        request.SpAppId = o.SpAppId;
        request.SpMchId = o.MchId;
        request.SubMchId = RequireSubMchId(order.SubMchId);
        request.SubAppId = order.SubAppId;
        request.Payer = order.SubAppId is null
            ? new WeChatPayPayer { SpOpenId = order.PayerOpenId }
            : new WeChatPayPayer { SubOpenId = order.PayerOpenId };
        return request;
    }

    private static string RequireSubMchId(string? subMchId) =>
        string.IsNullOrWhiteSpace(subMchId) ? throw new ArgumentException("Partner mode needs the sub_mchid.", nameof(subMchId)) : subMchId;

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private sealed class PrepayResponse
    {
        [JsonPropertyName("prepay_id")] public string? PrepayId { get; set; }
    }

    private sealed record CloseRequest(
        [property: JsonPropertyName("mchid")] string? MchId,
        [property: JsonPropertyName("sp_mchid")] string? SpMchId,
        [property: JsonPropertyName("sub_mchid")] string? SubMchId);
}
