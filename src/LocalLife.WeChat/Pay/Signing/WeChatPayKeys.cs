using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace LocalLife.WeChat.Pay;

/// <summary>The RSA keys named in <see cref="WeChatPayOptions"/>, parsed once, so a bad PEM fails at first use with a clear message.</summary>
public sealed class WeChatPayKeys : IDisposable
{
    public WeChatPayKeys(IOptions<WeChatPayOptions> options)
    {
        var o = options.Value;
        MerchantPrivateKey = ImportPrivateKey(o.MerchantPrivateKeyPem, nameof(o.MerchantPrivateKeyPem));
        PlatformPublicKey = ImportPublicKey(o.PlatformPublicKeyPem, out var certificateSerial);
        PlatformPublicKeyId = !string.IsNullOrWhiteSpace(o.PlatformPublicKeyId) ? o.PlatformPublicKeyId
            : certificateSerial ?? throw new InvalidOperationException(
                $"{WeChatPayOptions.SectionName}:{nameof(o.PlatformPublicKeyId)} is required with a bare public key.");
    }

    public RSA MerchantPrivateKey { get; }
    public RSA PlatformPublicKey { get; }
    public string PlatformPublicKeyId { get; }

    public static RSA ImportPrivateKey(string pem, string settingName)
    {
        if (string.IsNullOrWhiteSpace(pem))
            throw new InvalidOperationException($"{WeChatPayOptions.SectionName}:{settingName} is not configured.");
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa;
    }

    /// <summary>Accepts a public key PEM (WeChat Pay public key mode) or a certificate PEM (platform certificate mode).</summary>
    public static RSA ImportPublicKey(string pem, out string? certificateSerial)
    {
        certificateSerial = null;
        if (string.IsNullOrWhiteSpace(pem))
            throw new InvalidOperationException(
                $"{WeChatPayOptions.SectionName}:{nameof(WeChatPayOptions.PlatformPublicKeyPem)} is not configured.");
        if (pem.Contains("BEGIN CERTIFICATE", StringComparison.Ordinal))
        {
            using var certificate = X509Certificate2.CreateFromPem(pem);
            certificateSerial = certificate.SerialNumber;
            return certificate.GetRSAPublicKey() ?? throw new InvalidOperationException("The platform certificate has no RSA key.");
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa;
    }

    public void Dispose()
    {
        MerchantPrivateKey.Dispose();
        PlatformPublicKey.Dispose();
    }
}
