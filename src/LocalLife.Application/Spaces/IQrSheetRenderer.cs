namespace LocalLife.Spaces;

/// <summary>
/// A printable A4 PDF of QR cards in a standard size (small 50 mm for table tents, medium 70 mm for room doors, large
/// 100 mm for posters). The PDF library lives in the infrastructure adapter.
/// </summary>
public interface IQrSheetRenderer
{
    byte[] Render(string documentTitle, IReadOnlyList<QrCard> cards, QrSheetSize size);
}
