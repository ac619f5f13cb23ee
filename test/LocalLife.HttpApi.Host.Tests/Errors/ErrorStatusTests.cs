using System.Reflection;
using System.Text.RegularExpressions;
using LocalLife.Ordering;
using LocalLife.Payments;
using LocalLife.Spaces;
using LocalLife.Tenancy;

namespace LocalLife.Errors;

/// <summary>
/// The host decides each error code's HTTP status. Every code thrown is a defined one, every code defined has its explicit
/// entry, and no entry names a code that does not exist, so a new code cannot silently fall back to 422 (the HTTP tests
/// assert the statuses themselves).
/// </summary>
public sealed class ErrorStatusTests
{
    private static List<string> DefinedCodes() =>
        typeof(BusinessException).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("ErrorCodes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

    [Fact]
    public void The_map_covers_exactly_the_error_codes_defined()
    {
        var defined = DefinedCodes();
        defined.ShouldBeUnique();
        defined.Except(ErrorStatuses.All.Keys).ShouldBeEmpty("codes without an HTTP status");
        ErrorStatuses.All.Keys.Except(defined).ShouldBeEmpty("statuses of codes that do not exist");
    }

    /// <summary>A code thrown as a string of its own, not one of the defined constants, would have no status.</summary>
    [Fact]
    public void Every_code_thrown_is_a_defined_error_code()
    {
        var src = Path.Combine(Processes.LocalServices.RepositoryRoot, "src");
        var thrown = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"(?<!public )\bBusinessException\(\s*([^,)]+)").Select(m => (File: f, Code: m.Groups[1].Value.Trim())))
            .ToList();
        thrown.Count.ShouldBeGreaterThan(100);
        thrown.Where(t => !Regex.IsMatch(t.Code, @"^\w+ErrorCodes\.\w+$")).Select(t => $"{Path.GetRelativePath(src, t.File)}: {t.Code}").ShouldBeEmpty();
    }

    [Fact]
    public void Every_status_is_an_error_status() =>
        ErrorStatuses.All.ShouldAllBe(e => e.Value >= 400 && e.Value < 600);

    /// <summary>The statuses the domain tests asserted while the domain still chose them.</summary>
    [Theory]
    [InlineData(OrderingErrorCodes.CartChanged, 409)]
    [InlineData(OrderingErrorCodes.PriorityNotChangeable, 409)]
    [InlineData(PaymentErrorCodes.NotificationMismatch, 400)]
    [InlineData(SpaceErrorCodes.IllegalTransition, 409)]
    [InlineData(TenantErrorCodes.DuplicateName, 409)]
    public void A_code_answers_with_its_status(string code, int status) => ErrorStatuses.Of(code).ShouldBe(status);
}
