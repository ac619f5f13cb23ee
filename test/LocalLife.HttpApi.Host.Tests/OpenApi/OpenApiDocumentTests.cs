using System.Text.Json;
using System.Text.Json.Nodes;

namespace LocalLife.OpenApi;

/// <summary>
/// The committed document (etc/openapi/v1.json), from which both front ends generate their types, is the one the
/// API serves. <c>etc/scripts/openapi.sh</c> runs this test with <see cref="UpdateVariable"/> set to write it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(ApiFixture api)
{
    public const string UpdateVariable = "LOCALLIFE_OPENAPI_UPDATE";
    private const string CommittedPath = "etc/openapi/v1.json";

    [Fact]
    public async Task The_committed_document_is_the_one_the_API_serves()
    {
        var served = Normalize(await api.CreateClient().GetStringAsync("/openapi/v1.json"));
        var path = Path.Combine(RepositoryRoot(), CommittedPath);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, served);
            return;
        }

        File.Exists(path).ShouldBeTrue($"{CommittedPath} is missing: run etc/scripts/openapi.sh");
        var committed = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        if (committed == served) return;
        var (line, was, now) = FirstDifference(committed, served);
        throw new ShouldAssertException(
            $"{CommittedPath} is not the document the API serves (line {line}: committed `{was}`, served `{now}`). " +
            $"After changing a DTO or a route run etc/scripts/openapi.sh and commit {CommittedPath}; the front ends' types follow it.");
    }

    /// <summary>Indented the same way on every machine, with a final newline, so the committed file diffs line by line.</summary>
    internal static string Normalize(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";

    private static (int Line, string Was, string Now) FirstDifference(string committed, string served)
    {
        var a = committed.Split('\n');
        var b = served.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var was = i < a.Length ? a[i].Trim() : "(end)";
            var now = i < b.Length ? b[i].Trim() : "(end)";
            if (was != now) return (i + 1, was, now);
        }
        return (0, "", "");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LocalLife.sln"))) return dir.FullName;
        throw new InvalidOperationException("LocalLife.sln not found above " + AppContext.BaseDirectory);
    }
}
