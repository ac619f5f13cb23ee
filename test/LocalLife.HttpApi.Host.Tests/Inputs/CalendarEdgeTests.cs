using System.Net;
using System.Text.Json;
using LocalLife.Errors;

namespace LocalLife.Inputs;

/// <summary>Issue #23: report days at the calendar's edges, and days not given, are field errors, not 500s from a store offset that overflows.</summary>
// The WeChat fixture: payment and booking controllers need WeChat Pay configured to be built at all.
[Collection(WeChatCollection.Name)]
public sealed class CalendarEdgeTests(WeChatApiFixture api)
{
    public static TheoryData<string, string> Reconciliations() => new()
    {
        { "/api/admin/payments/reconciliation", "owner" },
        { "/api/host/payments/reconciliation", "admin" },
    };

    [Theory]
    [MemberData(nameof(Reconciliations))]
    public async Task Reconciliation_without_a_day_names_the_missing_date_in_both_languages(string url, string user)
    {
        var zh = await SignInAsync(user);
        (await FieldErrorAsync(await zh.GetAsync(url), "date")).ShouldBe("date不能为空。");
        var en = await SignInAsync(user, "en");
        (await FieldErrorAsync(await en.GetAsync(url), "date")).ShouldBe("date is required.");
    }

    [Theory]
    [MemberData(nameof(Reconciliations))]
    public async Task Reconciliation_of_a_day_at_the_calendars_edge_is_a_field_error_and_an_ordinary_day_still_answers(string url, string user)
    {
        var client = await SignInAsync(user, "en");
        foreach (var date in new[] { "0001-01-01", "9999-12-31", "1899-12-31", "3000-01-01" })
            (await FieldErrorAsync(await client.GetAsync($"{url}?date={date}"), "date")).ShouldBe("Dates and times must lie between 1900-01-01 and 2999-12-31.");
        (await FieldErrorAsync(await client.GetAsync($"{url}?date=2026-02-30"), "date")).ShouldStartWith("A date is written yyyy-MM-dd");
        (await client.GetAsync($"{url}?date=2026-12-05")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bookings_of_a_day_at_the_calendars_edge_are_a_field_error()
    {
        var owner = await SignInAsync("owner");
        var store = JsonDocument.Parse(await owner.GetStringAsync("/api/admin/stores")).RootElement[0].GetProperty("id").GetString();
        foreach (var date in new[] { "0001-01-01", "9999-12-31" })
            await FieldErrorAsync(await owner.GetAsync($"/api/admin/bookings?storeId={store}&date={date}"), "date");
        (await owner.GetAsync($"/api/admin/bookings?storeId={store}&date=2026-12-05")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_settlement_ending_on_the_last_day_of_the_calendar_is_a_field_error()
    {
        var admin = await SignInAsync("admin");
        await FieldErrorAsync(await admin.GetAsync("/api/host/loyalty/settlement?from=9999-12-30&to=9999-12-31"), "to");
        var owner = await SignInAsync("owner");
        await FieldErrorAsync(await owner.GetAsync("/api/admin/rebate-rules/settlement?from=9999-12-30&to=9999-12-31"), "to");
        await FieldErrorAsync(await owner.GetAsync("/api/admin/rebate-rules/settlement?to=2026-12-05"), "from");
    }

    [Fact]
    public async Task Spaces_without_a_store_name_the_missing_store_id_instead_of_not_finding_the_store()
    {
        var owner = await SignInAsync("owner");
        (await FieldErrorAsync(await owner.GetAsync("/api/admin/spaces"), "storeId")).ShouldBe("storeId不能为空。");
        var en = await SignInAsync("owner", "en");
        (await FieldErrorAsync(await en.GetAsync("/api/admin/spaces?storeId="), "storeId")).ShouldBe("A value is required here.");
        (await FieldErrorAsync(await en.GetAsync("/api/admin/spaces?storeId=nope"), "storeId")).ShouldBe("The value is not valid.");
    }

    private Task<HttpClient> SignInAsync(string user, string? language = null) =>
        api.LoginAsync(user == "admin" ? null : ApiFixture.KtvTenant, user, language: language);

    /// <summary>The one field error of a 400 problem, which must name only that field.</summary>
    private static async Task<string> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(field, problem.ToString());
        return errors.GetProperty(field)[0].GetString()!;
    }
}
