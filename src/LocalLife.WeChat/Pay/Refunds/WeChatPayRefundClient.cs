using Microsoft.Extensions.Options;

namespace LocalLife.WeChat.Pay;

/// <summary>Domestic refunds (<c>/v3/refund/domestic/refunds</c>); the same path serves Direct and Partner mode.</summary>
public sealed class WeChatPayRefundClient(HttpClient http, WeChatPayRequestSender sender, IOptions<WeChatPayOptions> options)
{
    private bool IsPartner => options.Value.Mode == WeChatPayMode.Partner;

    public async Task<WeChatPayRefund> RefundAsync(WeChatPayRefundOrder refund, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(refund);
        if (refund.RefundFen <= 0 || refund.TotalFen <= 0)
            throw new ArgumentOutOfRangeException(nameof(refund), "Refund and total must be at least 1 fen.");
        var notifyUrl = refund.NotifyUrl ?? options.Value.NotifyUrl;
        var request = new RefundRequest
        {
            SubMchId = IsPartner ? RequireSubMchId(refund.SubMchId) : null,
            OutTradeNo = refund.OutTradeNo,
            OutRefundNo = refund.OutRefundNo,
            Reason = refund.Reason,
            NotifyUrl = string.IsNullOrWhiteSpace(notifyUrl) ? null : notifyUrl,
            Amount = new RefundRequestAmount { Refund = refund.RefundFen, Total = refund.TotalFen },
        };
        var text = await sender.SendAsync(http, HttpMethod.Post, "v3/refund/domestic/refunds", WeChatJson.Serialize(request), ct);
        return WeChatJson.Deserialize<WeChatPayRefund>(text, "refund");
    }

    /// <param name="subMchId">Required in Partner mode, ignored in Direct mode.</param>
    public async Task<WeChatPayRefund> QueryAsync(string outRefundNo, string? subMchId, CancellationToken ct)
    {
        var path = $"v3/refund/domestic/refunds/{Uri.EscapeDataString(outRefundNo)}";
        if (IsPartner) path += $"?sub_mchid={Uri.EscapeDataString(RequireSubMchId(subMchId))}";
        var text = await sender.SendAsync(http, HttpMethod.Get, path, null, ct);
        return WeChatJson.Deserialize<WeChatPayRefund>(text, "refund");
    }

    private static string RequireSubMchId(string? subMchId) =>
        string.IsNullOrWhiteSpace(subMchId) ? throw new ArgumentException("Partner mode needs the sub_mchid.", nameof(subMchId)) : subMchId;
}
