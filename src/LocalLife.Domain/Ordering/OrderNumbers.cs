using System.Globalization;
using System.Security.Cryptography;

namespace LocalLife.Ordering;

/// <summary>The order number people read: D + local date + 6 readable characters (no 0/O, 1/I), e.g. D261125K7QM3D.</summary>
public static class OrderNumbers
{
    private const string Readable = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string NewNumber(DateTime localNow) => "D" + localNow.ToString("yyMMdd", CultureInfo.InvariantCulture) + RandomNumberGenerator.GetString(Readable, 6);
}
