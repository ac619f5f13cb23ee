using System.Security.Cryptography;
using System.Text;

namespace LocalLife.WeChat.Pay;

/// <summary>
/// The sign strings of WeChat Pay API v3 and the one algorithm they all use: SHA256 with RSA, PKCS#1 v1.5,
/// base64. Each line, the last included, ends with <c>\n</c>; a missing final newline is the classic bug.
/// </summary>
public static class WeChatPaySignature
{
    public const string Scheme = "WECHATPAY2-SHA256-RSA2048";

    /// <summary>Request: <c>METHOD\nURL\ntimestamp\nnonce\nbody\n</c>; URL is the path with its query, without the host.</summary>
    public static string RequestMessage(string method, string pathAndQuery, long timestamp, string nonce, string body) =>
        $"{method}\n{pathAndQuery}\n{timestamp}\n{nonce}\n{body}\n";

    /// <summary>Answers and notifications: <c>timestamp\nnonce\nbody\n</c>.</summary>
    public static string ResponseMessage(string timestamp, string nonce, string body) =>
        $"{timestamp}\n{nonce}\n{body}\n";

    /// <summary>The mini-program's requestPayment paySign: <c>appId\ntimeStamp\nnonceStr\npackage\n</c>.</summary>
    public static string RequestPaymentMessage(string appId, string timeStamp, string nonceStr, string package) =>
        $"{appId}\n{timeStamp}\n{nonceStr}\n{package}\n";

    public static string Sign(RSA privateKey, string message) =>
        Convert.ToBase64String(privateKey.SignData(
            Encoding.UTF8.GetBytes(message), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public static bool Verify(RSA publicKey, string message, string signature)
    {
        var bytes = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature, bytes, out var length)) return false;
        return publicKey.VerifyData(
            Encoding.UTF8.GetBytes(message), bytes.AsSpan(0, length), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>32 characters from [0-9A-Z], as WeChat's own SDKs make them.</summary>
    public static string NewNonce() => RandomNumberGenerator.GetString("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 32);
}
