using System.Security.Cryptography;

namespace LocalLife.Bookings;

/// <summary>Short identifiers people read and type: the booking number and the check-in code.</summary>
public static class BookingNumbers
{
    // No 0/O or 1/I, so a number read aloud at the front desk is not misheard.
    private const string Readable = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>B + local date (yyMMdd) + 6 readable characters, e.g. B261125K7QM3D.</summary>
    public static string NewNumber(DateTime localNow) => "B" + localNow.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture) + RandomNumberGenerator.GetString(Readable, 6);

    /// <summary>8 random digits (no leading zero, so it survives being typed as a number).</summary>
    public static string NewCheckInCode() =>
        RandomNumberGenerator.GetInt32(1, 10).ToString() + RandomNumberGenerator.GetString("0123456789", BookingConsts.CheckInCodeLength - 1);
}
