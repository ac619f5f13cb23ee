using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace LocalLife.Spaces;

/// <summary>
/// A printable A4 PDF of QR cards in a standard size (small 50 mm for table tents, medium 70 mm for room doors, large
/// 100 mm for posters): each card holds the code drawn as vector squares (sharp at any printer resolution), the store's
/// name and the space's number and name, inside a dashed cutting line. Chinese text uses a TrueType font (Debian's
/// fonts-droid-fallback by default; <c>Qr:FontPath</c> overrides), Latin text DejaVu Sans (that font has no Latin
/// glyphs), both embedded as subsets.
/// </summary>
public sealed class PdfQrSheetRenderer(IOptions<QrOptions> options) : IQrSheetRenderer
{
    public const string LatinFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static IReadOnlyDictionary<QrSheetSize, double> QrMillimetres { get; } = new Dictionary<QrSheetSize, double>
    {
        [QrSheetSize.Small] = 50, [QrSheetSize.Medium] = 70, [QrSheetSize.Large] = 100,
    };

    private const double PageWidthMm = 210, PageHeightMm = 297, MarginMm = 10, PaddingMm = 5, TextMm = 16;
    private static readonly Lock Gate = new();

    public byte[] Render(string documentTitle, IReadOnlyList<QrCard> cards, QrSheetSize size)
    {
        UseFont(options.Value.FontPath);
        var qrMm = QrMillimetres[size];
        var cardW = qrMm + 2 * PaddingMm;
        var cardH = qrMm + 2 * PaddingMm + TextMm;
        var columns = Math.Max(1, (int)((PageWidthMm - 2 * MarginMm) / cardW));
        var rows = Math.Max(1, (int)((PageHeightMm - 2 * MarginMm) / cardH));

        using var document = new PdfDocument();
        document.Info.Title = documentTitle;
        document.Info.Creator = "LocalLife";
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        var title = (new XFont(FontResolver.Cjk, 11, XFontStyleEx.Regular, unicode), new XFont(FontResolver.Latin, 11, XFontStyleEx.Regular, unicode));
        var subtitle = (new XFont(FontResolver.Cjk, 9, XFontStyleEx.Regular, unicode), new XFont(FontResolver.Latin, 9, XFontStyleEx.Regular, unicode));
        var cut = new XPen(XColors.Gray, 0.5) { DashStyle = XDashStyle.Dash };
        for (var first = 0; first < cards.Count; first += columns * rows)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromMillimeter(PageWidthMm);
            page.Height = XUnit.FromMillimeter(PageHeightMm);
            using var gfx = XGraphics.FromPdfPage(page);
            foreach (var (card, i) in cards.Skip(first).Take(columns * rows).Select((c, i) => (c, i)))
            {
                var x = MarginMm + i % columns * cardW;
                var y = MarginMm + i / columns * cardH;
                gfx.DrawRectangle(cut, Mm(x), Mm(y), Mm(cardW), Mm(cardH));
                DrawQr(gfx, card.Url, x + PaddingMm, y + PaddingMm, qrMm);
                DrawCentered(gfx, card.Title, title, Mm(x + cardW / 2), Mm(y + PaddingMm + qrMm + 6));
                DrawCentered(gfx, card.Subtitle, subtitle, Mm(x + cardW / 2), Mm(y + PaddingMm + qrMm + 12));
            }
        }
        if (document.PageCount == 0) document.AddPage();
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static void DrawQr(XGraphics gfx, string text, double xMm, double yMm, double sideMm)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var n = modules.Count;
        var cell = sideMm / n;
        for (var r = 0; r < n; r++)
        for (var c = 0; c < n; c++)
        {
            // A hair wider than the cell, so neighbouring squares print without white seams.
            if (modules[r][c]) gfx.DrawRectangle(XBrushes.Black, Mm(xMm + c * cell), Mm(yMm + r * cell), Mm(cell) + 0.1, Mm(cell) + 0.1);
        }
    }

    /// <summary>Text centred on a point's x at a baseline, in runs: Chinese in the CJK font, the rest in the Latin one.</summary>
    private static void DrawCentered(XGraphics gfx, string text, (XFont Cjk, XFont Latin) fonts, double centreX, double baseline)
    {
        var runs = new List<(string Text, XFont Font)>();
        foreach (var ch in text)
        {
            var font = ch > 0x2E7F ? fonts.Cjk : fonts.Latin;
            if (runs.Count > 0 && runs[^1].Font == font) runs[^1] = (runs[^1].Text + ch, font);
            else runs.Add((ch.ToString(), font));
        }
        var widths = runs.Select(r => gfx.MeasureString(r.Text, r.Font).Width).ToList();
        var x = centreX - widths.Sum() / 2;
        for (var i = 0; i < runs.Count; i++)
        {
            gfx.DrawString(runs[i].Text, runs[i].Font, XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
            x += widths[i];
        }
    }

    private static double Mm(double mm) => XUnit.FromMillimeter(mm).Point;

    /// <summary>PDFsharp's font resolver is process-wide and set once.</summary>
    private static void UseFont(string fontPath)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is FontResolver) return;
            GlobalFontSettings.FontResolver = new FontResolver(fontPath);
        }
    }

    private sealed class FontResolver(string cjkPath) : IFontResolver
    {
        public const string Cjk = "LocalLife CJK";
        public const string Latin = "LocalLife Latin";
        private readonly Lazy<byte[]> _cjk = new(() => File.ReadAllBytes(cjkPath));
        private readonly Lazy<byte[]> _latin = new(() => File.ReadAllBytes(LatinFontPath));

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(familyName == Latin ? Latin : Cjk);

        public byte[] GetFont(string faceName) => faceName == Latin ? _latin.Value : _cjk.Value;
    }
}
