using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LocalLife.Reviews;

/// <summary>
/// Text as the checks see it: case, width, spaces and punctuation removed, so "赌 博", "赌*博" and "ＡＢＣ" match the
/// listed words and a copied review with other punctuation still has the same fingerprint.
/// </summary>
public static class ReviewText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || category is UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol
                or UnicodeCategory.ModifierSymbol or UnicodeCategory.Format) continue;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>The listed words found in the text (each compared normalized).</summary>
    public static IReadOnlyList<string> FindWords(string text, IEnumerable<string> words)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0
            ? []
            : words.Where(w => Normalize(w) is { Length: > 0 } n && normalized.Contains(n, StringComparison.Ordinal)).Distinct().ToList();
    }

    public static string? Fingerprint(string text)
    {
        var normalized = Normalize(text);
        return normalized.Length < ReviewConsts.DuplicateTextMinLength
            ? null
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
