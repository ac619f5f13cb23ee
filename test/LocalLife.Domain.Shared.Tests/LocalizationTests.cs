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
        var exception = new BusinessException(Tenancy.TenantErrorCodes.DuplicateName, 409).With("Name", "ktv-demo");
        LocalLifeTexts.Get(exception.Code, "en", exception.Values.AsReadOnly()).ShouldBe("The merchant name 'ktv-demo' is already taken.");
        LocalLifeTexts.Get(exception.Code, "zh-Hans", exception.Values.AsReadOnly()).ShouldBe("商户标识“ktv-demo”已被使用。");
    }

    [Fact]
    public void An_unknown_key_falls_back_to_the_key_itself() => LocalLifeTexts.Get("No:Such:Key", "en").ShouldBe("No:Such:Key");

    private static List<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{(\w+)\}").Select(m => m.Value).Order().ToList();
}
