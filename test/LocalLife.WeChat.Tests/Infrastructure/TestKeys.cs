using System.Security.Cryptography;

namespace LocalLife.WeChat.Tests.Infrastructure;

/// <summary>Keys made once per test run: generating RSA keys is the slow part of these tests.</summary>
public static class TestKeys
{
    public const string AppId = "wx1234567890abcdef";
    public const string AppSecret = "sim-secret-0123456789";
    public const string MchId = "1900000109";
    public const string SubMchId = "1900000200";
    public const string SubAppId = "wxsub00000000000001";
    public const string MerchantSerialNo = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    public const string ApiV3Key = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6";

    public static readonly RSA Merchant = RSA.Create(2048);
    public static readonly string MerchantPrivatePem = Merchant.ExportPkcs8PrivateKeyPem();
    public static readonly string MerchantPublicPem = Merchant.ExportSubjectPublicKeyInfoPem();

    /// <summary>A key nobody trusts: signs like the merchant or the platform, but is neither.</summary>
    public static readonly RSA Stranger = RSA.Create(2048);
}
