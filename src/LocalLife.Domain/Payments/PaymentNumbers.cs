using System.Security.Cryptography;

namespace LocalLife.Payments;

/// <summary>
/// Numbers people read and WeChat stores: a letter, the China date and 8 characters without look-alikes
/// (e.g. P261125K7Q3M9XA). 32^8 ≈ 1.1·10^12 per day; the unique index catches the unthinkable.
/// </summary>
public static class PaymentNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static string NewOutTradeNo(DateTimeOffset now) => New('P', now);

    public static string NewOutRefundNo(DateTimeOffset now) => New('R', now);

    private static string New(char prefix, DateTimeOffset now) =>
        prefix + now.ToOffset(ChinaOffset).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture)
        + RandomNumberGenerator.GetString(Alphabet, 8);
}
