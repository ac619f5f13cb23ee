using System.Diagnostics.CodeAnalysis;

namespace LocalLife.WeChat.Pay;

/// <summary>
/// The Authorization header of a signed request:
/// <c>WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…"</c>.
/// </summary>
public sealed record WeChatPayAuthorization(string MchId, string NonceStr, string Signature, long Timestamp, string SerialNo)
{
    public string Parameter =>
        $"mchid=\"{MchId}\",nonce_str=\"{NonceStr}\",signature=\"{Signature}\",timestamp=\"{Timestamp}\",serial_no=\"{SerialNo}\"";

    public override string ToString() => $"{WeChatPaySignature.Scheme} {Parameter}";

    /// <summary>Reads a header value; the order of the pairs is not significant.</summary>
    public static bool TryParse(string? header, [NotNullWhen(true)] out WeChatPayAuthorization? authorization)
    {
        authorization = null;
        var prefix = WeChatPaySignature.Scheme + " ";
        if (header is null || !header.StartsWith(prefix, StringComparison.Ordinal)) return false;

        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in header[prefix.Length..].Split(',', StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || part.Length < eq + 3 || part[eq + 1] != '"' || part[^1] != '"') return false;
            pairs[part[..eq]] = part[(eq + 2)..^1];
        }

        if (!pairs.TryGetValue("mchid", out var mchId) || !pairs.TryGetValue("nonce_str", out var nonce)
            || !pairs.TryGetValue("signature", out var signature) || !pairs.TryGetValue("serial_no", out var serial)
            || !pairs.TryGetValue("timestamp", out var ts) || !long.TryParse(ts, out var timestamp))
            return false;

        authorization = new WeChatPayAuthorization(mchId, nonce, signature, timestamp, serial);
        return true;
    }
}
