namespace LocalLife;

public static class TextExtensions
{
    /// <summary>The text cut to at most <paramref name="max"/> characters (for columns and gateway fields with a length limit).</summary>
    public static string Truncate(this string text, int max) => text.Length <= max ? text : text[..max];
}
