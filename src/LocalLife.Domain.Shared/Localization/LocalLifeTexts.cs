using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LocalLife.Localization;

/// <summary>
/// The product's texts in zh-Hans (the default) and en, read once from the embedded JSON files each feature keeps in
/// its folder (<c>Bookings/Texts.en.json</c>, <c>Bookings/Texts.zh-Hans.json</c>, …) and merged per culture.
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

    /// <summary>The text files read, per culture: the feature (folder) of each, e.g. "Bookings".</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Features { get; } = Cultures.ToDictionary(
        c => c, c => (IReadOnlyList<string>)FilesOf(typeof(LocalLifeTexts).Assembly, c).Select(f => f.Feature).Order(StringComparer.Ordinal).ToList());

    /// <summary>The keys one feature's file defines in a culture, so a test can compare a feature's languages.</summary>
    public static IReadOnlySet<string> KeysOf(string feature, string culture) =>
        Read(typeof(LocalLifeTexts).Assembly, FilesOf(typeof(LocalLifeTexts).Assembly, culture).Single(f => f.Feature == feature).Resource).Keys.ToHashSet();

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = typeof(LocalLifeTexts).Assembly;
        return Cultures.ToFrozenDictionary(c => c, c => Merge(FilesOf(assembly, c).Select(f => (f.Resource, (IReadOnlyDictionary<string, string>)Read(assembly, f.Resource)))));
    }

    /// <summary>One culture's files merged into one table; a key defined by two files is an error, not a silent winner.</summary>
    internal static FrozenDictionary<string, string> Merge(IEnumerable<(string Source, IReadOnlyDictionary<string, string> Texts)> files)
    {
        var merged = new Dictionary<string, (string Text, string Source)>(StringComparer.Ordinal);
        foreach (var (source, texts) in files)
        {
            foreach (var (key, text) in texts)
            {
                if (merged.TryGetValue(key, out var first))
                    throw new InvalidOperationException($"The text '{key}' is defined twice: in {first.Source} and in {source}.");
                merged[key] = (text, source);
            }
        }
        return merged.ToFrozenDictionary(e => e.Key, e => e.Value.Text, StringComparer.Ordinal);
    }

    /// <summary>Embedded as <c>LocalLife.{Feature}.Texts.{culture}.json</c> (RootNamespace, folder, file name).</summary>
    private static IEnumerable<(string Feature, string Resource)> FilesOf(Assembly assembly, string culture)
    {
        var suffix = $".Texts.{culture}.json";
        const string prefix = "LocalLife.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[prefix.Length..^suffix.Length], n));
    }

    private static Dictionary<string, string> Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"Empty localization resource {name}");
    }
}
