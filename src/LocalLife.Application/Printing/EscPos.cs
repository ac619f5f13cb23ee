using System.Text;

namespace LocalLife.Printing;

/// <summary>
/// The few ESC/POS commands a kitchen ticket or a receipt needs, with Chinese text in GB18030 (what Chinese thermal printers expect).
/// ESC @ init · ESC a n align · GS ! n size · ESC E n bold · LF · GS V 66 0 feed and cut.
/// </summary>
public sealed class EscPos
{
    public static readonly Encoding Gb18030 = CreateGb18030();
    private readonly MemoryStream _bytes = new();

    public EscPos() => Raw(0x1B, 0x40);

    public EscPos Center() => Raw(0x1B, 0x61, 1);
    public EscPos Left() => Raw(0x1B, 0x61, 0);

    /// <summary>Width and height multiplier 1–8.</summary>
    public EscPos Size(int times) => Raw(0x1D, 0x21, (byte)(((times - 1) << 4) | (times - 1)));

    public EscPos Bold(bool on) => Raw(0x1B, 0x45, (byte)(on ? 1 : 0));

    public EscPos Line(string text = "")
    {
        var encoded = Gb18030.GetBytes(text);
        _bytes.Write(encoded);
        return Raw(0x0A);
    }

    public EscPos Cut() => Raw(0x1D, 0x56, 66, 0);

    public byte[] ToArray() => _bytes.ToArray();

    private EscPos Raw(params byte[] bytes)
    {
        _bytes.Write(bytes);
        return this;
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
