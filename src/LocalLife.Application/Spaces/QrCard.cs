namespace LocalLife.Spaces;

/// <summary>One card of a print sheet: the QR's text and the two lines printed under it.</summary>
public sealed record QrCard(string Url, string Title, string Subtitle);
