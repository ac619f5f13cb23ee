using System.Security.Cryptography;
using System.Text;

namespace LocalLife.WeChat.Pay;

/// <summary>
/// AEAD_AES_256_GCM as WeChat Pay uses it for notification resources: the APIv3 key's 32 UTF-8 bytes are
/// the key, the 12-character nonce and associated_data are UTF-8, and the base64 ciphertext ends with the 16-byte tag.
/// </summary>
public static class WeChatPayAesGcm
{
    public const string Algorithm = "AEAD_AES_256_GCM";
    private const int TagSize = 16;

    public static string Decrypt(string apiV3Key, string nonce, string? associatedData, string ciphertext)
    {
        var data = Convert.FromBase64String(ciphertext);
        if (data.Length < TagSize) throw new CryptographicException("The ciphertext is shorter than its tag.");
        var plain = new byte[data.Length - TagSize];
        using var aes = new AesGcm(Key(apiV3Key), TagSize);
        aes.Decrypt(Encoding.UTF8.GetBytes(nonce), data.AsSpan(0, plain.Length), data.AsSpan(plain.Length), plain,
            Encoding.UTF8.GetBytes(associatedData ?? ""));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>What WeChat Pay does before it sends a notification; the simulator and tests need it.</summary>
    public static string Encrypt(string apiV3Key, string nonce, string? associatedData, string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var data = new byte[plain.Length + TagSize];
        using var aes = new AesGcm(Key(apiV3Key), TagSize);
        aes.Encrypt(Encoding.UTF8.GetBytes(nonce), plain, data.AsSpan(0, plain.Length), data.AsSpan(plain.Length),
            Encoding.UTF8.GetBytes(associatedData ?? ""));
        return Convert.ToBase64String(data);
    }

    private static byte[] Key(string apiV3Key)
    {
        var key = Encoding.UTF8.GetBytes(apiV3Key);
        return key.Length == 32 ? key : throw new CryptographicException("The APIv3 key must be 32 bytes.");
    }
}
