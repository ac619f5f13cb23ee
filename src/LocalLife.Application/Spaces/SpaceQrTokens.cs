using System.Security.Cryptography;
using System.Text;
using LocalLife.Errors;
using Microsoft.Extensions.Options;

namespace LocalLife.Spaces;

/// <summary>
/// A space's QR token: tenant, store, space and QR version, signed with HMAC-SHA256 (truncated to 16 bytes) and
/// base64url-encoded, short enough for a small printed code. A forged or altered token fails the signature.
/// </summary>
public sealed class SpaceQrTokens(IOptions<QrOptions> options)
{
    private byte[] Key => Convert.FromBase64String(options.Value.SigningKey);

    public string Create(Guid tenantId, Guid storeId, Guid spaceId, int version)
    {
        var payload = new byte[16 * 3 + 4];
        tenantId.TryWriteBytes(payload.AsSpan(0, 16));
        storeId.TryWriteBytes(payload.AsSpan(16, 16));
        spaceId.TryWriteBytes(payload.AsSpan(32, 16));
        BitConverter.TryWriteBytes(payload.AsSpan(48, 4), version);
        return Base64Url(payload) + "." + Base64Url(Sign(payload));
    }

    public string ScanUrl(string token) => $"{options.Value.ScanUrl}?t={token}";

    public QrToken Parse(string token)
    {
        var parts = token.Split('.');
        byte[] payload, signature;
        try
        {
            if (parts.Length != 2) throw new FormatException();
            payload = FromBase64Url(parts[0]);
            signature = FromBase64Url(parts[1]);
        }
        catch (FormatException)
        {
            throw new BusinessException(SpaceErrorCodes.QrInvalid);
        }
        if (payload.Length != 52 || !CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
            throw new BusinessException(SpaceErrorCodes.QrInvalid);
        return new QrToken(new Guid(payload.AsSpan(0, 16)), new Guid(payload.AsSpan(16, 16)), new Guid(payload.AsSpan(32, 16)),
            BitConverter.ToInt32(payload, 48));
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(Key, payload)[..16];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}

public sealed record QrToken(Guid TenantId, Guid StoreId, Guid SpaceId, int Version);
