namespace LocalLife.Validation;

/// <summary>Field names in problem details as the client sent them (camelCase JSON), including nested paths like <c>items[0].name</c>.</summary>
internal static class JsonFieldNames
{
    public static string Of(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    /// <summary>A validator's messages per property path, keyed by the JSON names (two paths with one name share it).</summary>
    public static Dictionary<string, string[]> Of(IReadOnlyDictionary<string, string[]> errors) =>
        errors.GroupBy(e => Of(e.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal);
}
