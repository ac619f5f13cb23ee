namespace LocalLife;

/// <summary>A QR code of a text as a PNG (QRCoder, medium error correction, 10 px modules) for printing or showing.</summary>
public sealed class QrCoderPngRenderer : IQrPngRenderer
{
    public byte[] Render(string text)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        return new QRCoder.PngByteQRCode(data).GetGraphic(10);
    }
}
