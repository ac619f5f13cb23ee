namespace LocalLife;

/// <summary>
/// The abuse limits of the actions people can repeat cheaply and that cost something when repeated (a password guess, a
/// text message, an order, a review, an upload). An action names its limit with <c>[EnableRateLimiting(RateLimits.X)]</c>;
/// the host defines each one (<c>RateLimits:&lt;name&gt;</c> in the settings): per signed-in user, per IP address before sign-in.
/// </summary>
public static class RateLimits
{
    /// <summary>Signing in and exchanging tokens (password, WeChat code, refresh).</summary>
    public const string Login = "Login";

    /// <summary>Binding a phone number (each costs WeChat a decryption and the customer a text).</summary>
    public const string Phone = "Phone";

    /// <summary>Placing orders and bookings, claiming coupons, redeeming points.</summary>
    public const string Checkout = "Checkout";

    /// <summary>Submitting reviews.</summary>
    public const string Review = "Review";

    /// <summary>Uploading photos and videos (or asking for an upload link).</summary>
    public const string Upload = "Upload";

    public static readonly IReadOnlyList<string> All = [Login, Phone, Checkout, Review, Upload];
}
