namespace LocalLife.Media;

/// <summary>
/// What an uploaded picture (product or store photo) must be: JPEG, PNG or WebP by its own first bytes (the
/// declared content type is not trusted), at most <see cref="MaxBytes"/>.
/// </summary>
public static class ImageRules
{
    public const long MaxBytes = 5L * 1024 * 1024;

    /// <summary>The route the host serves stored pictures on: <c>{Route}/{tenant}/{file name}</c>.</summary>
    public const string Route = "api/media/images";

    /// <summary>The same, as the start of a picture's same-host address.</summary>
    public const string PublicPath = "/" + Route;

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The file's type and extension from its signature, or null when it is none of the accepted kinds.</summary>
    public static (string ContentType, string Extension)? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Jpeg)) return ("image/jpeg", "jpg");
        if (head.StartsWith(Png)) return ("image/png", "png");
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return ("image/webp", "webp");
        return null;
    }

    /// <summary>An http(s) URL of a picture elsewhere, or the same-host address <see cref="PublicPath"/> gave an uploaded one.</summary>
    public static bool IsImageAddress(string address) =>
        (address.StartsWith(PublicPath + "/", StringComparison.Ordinal) && !address.Contains("..", StringComparison.Ordinal))
        || (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http");

    /// <summary>A stored image's file name: a fresh id and the sniffed extension (so nothing of the client's name reaches storage).</summary>
    public static bool IsFileName(string name) =>
        name.Length is > 32 and < 40 && Guid.TryParseExact(name[..32], "N", out _) && name[32] == '.' && name[33..] is "jpg" or "png" or "webp";
}
