using System.Globalization;
using System.Reflection;
using LocalLife.Errors;
using LocalLife.Localization;

namespace LocalLife;

public sealed class LocalizationTests
{
    public static TheoryData<string> ErrorCodes() => new(Codes());

    private static IEnumerable<string> Codes() =>
        typeof(BusinessException).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && (t.Name.EndsWith("ErrorCodes", StringComparison.Ordinal) || t == typeof(Validation.ValidationTexts)))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Theory]
    [MemberData(nameof(ErrorCodes))]
    public void Every_error_code_and_field_error_text_has_a_message_in_both_languages(string code)
    {
        LocalLifeTexts.Has(code).ShouldBeTrue();
        LocalLifeTexts.Get(code, "zh-Hans").ShouldNotBe(code);
        LocalLifeTexts.Get(code, "en").ShouldNotBe(code);
        LocalLifeTexts.Get(code, "zh-Hans").ShouldNotBe(LocalLifeTexts.Get(code, "en"));
    }

    [Fact]
    public void Both_languages_define_the_same_keys_with_the_same_placeholders()
    {
        foreach (var key in Codes())
        {
            Placeholders(LocalLifeTexts.Get(key, "zh-Hans")).ShouldBe(Placeholders(LocalLifeTexts.Get(key, "en")), key);
        }
    }

    [Fact]
    public void Every_feature_has_its_texts_in_both_languages_with_the_same_keys()
    {
        LocalLifeTexts.Features["en"].ShouldBe(LocalLifeTexts.Features[LocalLifeTexts.DefaultCulture]);
        LocalLifeTexts.Features["en"].ShouldNotBeEmpty();
        foreach (var feature in LocalLifeTexts.Features[LocalLifeTexts.DefaultCulture])
            LocalLifeTexts.KeysOf(feature, "en").ShouldBe(LocalLifeTexts.KeysOf(feature, LocalLifeTexts.DefaultCulture), ignoreOrder: true, feature);
    }

    /// <summary>A feature's text file that is not embedded (misnamed, or outside the pattern) would be silently missing.</summary>
    [Fact]
    public void Every_text_file_of_a_feature_is_loaded()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "LocalLife.Domain.Shared");
        var files = Directory.EnumerateFiles(project, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(project, f))
            .Where(f => !f.StartsWith("bin", StringComparison.Ordinal) && !f.StartsWith("obj", StringComparison.Ordinal))
            .ToList();
        files.ShouldNotBeEmpty();
        foreach (var file in files)
        {
            var culture = LocalLifeTexts.Cultures.SingleOrDefault(c => Path.GetFileName(file) == $"Texts.{c}.json");
            culture.ShouldNotBeNull($"{file}: texts are named Texts.<{string.Join("|", LocalLifeTexts.Cultures)}>.json");
            var feature = Path.GetDirectoryName(file)!.Replace(Path.DirectorySeparatorChar, '.');
            LocalLifeTexts.Features[culture].ShouldContain(feature, file);
        }
    }

    [Fact]
    public void A_key_defined_in_two_files_is_an_error()
    {
        var error = Should.Throw<InvalidOperationException>(() => LocalLifeTexts.Merge(
        [
            ("Bookings/Texts.en.json", new Dictionary<string, string> { ["LocalLife:X"] = "one" }),
            ("Ordering/Texts.en.json", new Dictionary<string, string> { ["LocalLife:X"] = "two" }),
        ]));
        error.Message.ShouldContain("Bookings/Texts.en.json");
        error.Message.ShouldContain("Ordering/Texts.en.json");
    }

    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-Hans", "zh-Hans")]
    [InlineData("zh-TW", "zh-Hans")]
    [InlineData("en-US", "en")]
    [InlineData("en", "en")]
    [InlineData("fr-FR", "zh-Hans")]
    public void Request_cultures_map_to_the_products_languages(string requested, string expected) =>
        LocalLifeTexts.Resolve(CultureInfo.GetCultureInfo(requested)).ShouldBe(expected);

    [Fact]
    public void Placeholders_are_filled_from_the_exceptions_values()
    {
        var exception = new BusinessException(Tenancy.TenantErrorCodes.DuplicateName).With("Name", "ktv-demo");
        LocalLifeTexts.Get(exception.Code, "en", exception.Values.AsReadOnly()).ShouldBe("The merchant name 'ktv-demo' is already taken.");
        LocalLifeTexts.Get(exception.Code, "zh-Hans", exception.Values.AsReadOnly()).ShouldBe("商户标识“ktv-demo”已被使用。");
    }

    [Fact]
    public void An_unknown_key_falls_back_to_the_key_itself() => LocalLifeTexts.Get("No:Such:Key", "en").ShouldBe("No:Such:Key");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LocalLife.sln"))) return dir.FullName;
        throw new InvalidOperationException("LocalLife.sln not found above " + AppContext.BaseDirectory);
    }

    private static List<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{(\w+)\}").Select(m => m.Value).Order().ToList();
}
