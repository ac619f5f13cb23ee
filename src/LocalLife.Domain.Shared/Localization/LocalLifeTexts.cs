using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LocalLife.Localization;

/// <summary>
/// The product's texts in zh-Hans (the default) and en, read once from the embedded JSON resources.
/// Error codes are keys, so an API error carries a stable code and a readable message in both languages.
/// </summary>
public static partial class LocalLifeTexts
{
    public const string DefaultCulture = "zh-Hans";
    public static readonly IReadOnlyList<string> Cultures = [DefaultCulture, "en"];

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Texts = Load();

    /// <summary>The culture among ours that best fits <paramref name="culture"/> (zh-CN → zh-Hans, en-US → en).</summary>
    public static string Resolve(CultureInfo? culture)
    {
        for (var c = culture; c is not null && c.Name.Length > 0; c = c.Parent)
        {
            if (c.Name.Equals("en", StringComparison.OrdinalIgnoreCase)) return "en";
            if (c.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return DefaultCulture;
        }
        return DefaultCulture;
    }

    public static bool Has(string key) => Texts[DefaultCulture].ContainsKey(key);

    public static string Get(string key, string culture, IReadOnlyDictionary<string, object?>? values = null)
    {
        var table = Texts.GetValueOrDefault(culture) ?? Texts[DefaultCulture];
        var text = table.GetValueOrDefault(key) ?? Texts[DefaultCulture].GetValueOrDefault(key) ?? key;
        return values is null || values.Count == 0
            ? text
            : Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) ?? "" : m.Value);
    }

    public static string Get(string key, CultureInfo? culture, IReadOnlyDictionary<string, object?>? values = null) =>
        Get(key, Resolve(culture), values);

    /// <summary>The key's text in every culture, e.g. for a problem-details body that shows both languages.</summary>
    public static IReadOnlyDictionary<string, string> All(string key, IReadOnlyDictionary<string, object?>? values = null) =>
        Cultures.ToDictionary(c => c, c => Get(key, c, values));

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = typeof(LocalLifeTexts).Assembly;
        return Cultures.ToFrozenDictionary(c => c, c => Read(assembly, c));
    }

    private static FrozenDictionary<string, string> Read(Assembly assembly, string culture)
    {
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".{culture}.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"Empty localization resource {name}");
        return texts.ToFrozenDictionary();
    }
}
