namespace LocalLife;

/// <summary>A QR code of a text as a PNG, for printing or showing (a space's ordering code, a booking's check-in code).</summary>
public interface IQrPngRenderer
{
    byte[] Render(string text);
}
