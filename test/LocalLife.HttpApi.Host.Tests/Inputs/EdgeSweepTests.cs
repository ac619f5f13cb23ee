using System.Net;
using System.Text.Json.Nodes;
using LocalLife.Errors;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Inputs;

/// <summary>
/// Hostile inputs across every endpoint: dates, times and whole numbers at the ends of what their types hold (where a
/// store's offset or "the next day" used to overflow), and required query values left out (which used to bind as a
/// default and answer 404 or 500).
/// </summary>
[Collection(SweepCollection.Name)]
public sealed class EdgeSweepTests(WeChatApiFixture api)
{
    private static readonly Dictionary<string, string[]> Edges = new()
    {
        ["date"] = ["0001-01-01", "9999-12-31", "1899-12-31", "3000-01-01"],
        ["date-time"] = ["0001-01-01T00:00:00Z", "0001-01-01T00:00:00+08:00", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59-08:00"],
        ["int32"] = [int.MaxValue.ToString(), int.MinValue.ToString()],
        ["int64"] = [long.MaxValue.ToString(), long.MinValue.ToString()],
    };

    private static readonly Type[] NoMeaningfulDefault = [typeof(Guid), typeof(DateOnly), typeof(DateTimeOffset), typeof(DateTime), typeof(TimeOnly)];

    [Fact]
    public async Task Dates_times_and_whole_numbers_at_the_ends_of_their_types_are_answered_never_with_a_500()
    {
        var sweep = await SweepDriver.StartAsync(api);
        var failures = new List<string>();
        var sent = 0;
        foreach (var operation in sweep.Api.All)
            foreach (var field in sweep.Api.FieldsOf(operation).Where(f => f.Format is { } format && Edges.ContainsKey(format) && (f.InQuery || !format.StartsWith("int"))).DistinctBy(f => (f.Name, f.InQuery)))
                foreach (var edge in Edges[field.Format!])
                {
                    JsonNode value = field.InQuery || field.Format!.StartsWith("date", StringComparison.Ordinal) ? JsonValue.Create(edge) : JsonValue.Create(long.Parse(edge));
                    var response = await sweep.SendAsync(operation, f => f == field ? value.DeepClone() : null);
                    sent++;
                    if ((int)response.StatusCode >= 500) failures.Add($"{operation} {field.Name}={edge}: {await response.Content.ReadAsStringAsync()}");
                }
        failures.ShouldBeEmpty();
        sent.ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task A_required_query_value_left_out_is_a_field_error_naming_it_in_both_languages()
    {
        var sweep = await SweepDriver.StartAsync(api);
        var required = sweep.Api.All.SelectMany(o => o.Parameters.Where(p => p.In == "query" && p.Required).Select(p => (Operation: o, Parameter: p))).ToList();
        required.ShouldContain(r => r.Operation.Name == "GET /api/admin/spaces" && r.Parameter.Name == "storeId");
        required.ShouldContain(r => r.Operation.Name == "GET /api/admin/payments/reconciliation" && r.Parameter.Name == "date");
        required.ShouldContain(r => r.Operation.Name == "GET /api/host/payments/reconciliation" && r.Parameter.Name == "date");

        foreach (var (operation, parameter) in required)
        {
            var problem = await (await sweep.SendAsync(operation, _ => null, omit: parameter.Name))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
            var field = char.ToLowerInvariant(parameter.Name[0]) + parameter.Name[1..];
            problem.GetProperty("errors").TryGetProperty(field, out var errors).ShouldBeTrue($"{operation} without {parameter.Name}: {problem}");
            errors[0].GetString().ShouldBe($"{field}不能为空。");
        }
    }

    [Fact]
    public void Every_id_date_or_time_in_a_query_is_required_unless_it_may_be_null()
    {
        var descriptions = api.Factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items).ToList();
        var queryValues = descriptions
            .SelectMany(d => d.ParameterDescriptions.Where(p => p.Source == BindingSource.Query).Select(p => (Action: d.RelativePath, Parameter: p)))
            .Where(x => NoMeaningfulDefault.Contains(x.Parameter.Type))
            .ToList();
        queryValues.ShouldNotBeEmpty();
        queryValues.Where(x => !x.Parameter.IsRequired).Select(x => $"{x.Action} {x.Parameter.Name}").ShouldBeEmpty();
    }
}
