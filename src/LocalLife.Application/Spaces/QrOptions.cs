namespace LocalLife.Spaces;

/// <summary>The "Qr" configuration section: the key that signs space QR tokens and the page a scan opens.</summary>
public sealed class QrOptions
{
    public const string Section = "Qr";

    /// <summary>Base64 HMAC-SHA256 key; the host creates and keeps one in its key folder when none is configured.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>The mini-program/H5 page a scan opens; the token is appended as <c>?t=</c>.</summary>
    public string ScanUrl { get; set; } = "http://127.0.0.1:5000/h5/scan";

    public const string DefaultFontPath = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    /// <summary>A TrueType font with Chinese glyphs for the printable sheets (Debian's fonts-droid-fallback by default).</summary>
    public string FontPath { get; set; } = DefaultFontPath;
}
