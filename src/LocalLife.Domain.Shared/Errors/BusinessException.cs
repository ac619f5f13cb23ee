namespace LocalLife.Errors;

/// <summary>
/// A broken business rule. The <see cref="Code"/> is stable (clients and tests match it); the text people read
/// comes from the localization resources, with <see cref="Data"/> values filled into its placeholders.
/// </summary>
public class BusinessException : Exception
{
    public BusinessException(string code, int httpStatus = 422, string? details = null)
        : base(details ?? code)
    {
        Code = code;
        HttpStatus = httpStatus;
    }

    public string Code { get; }

    /// <summary>The HTTP status the API answers with: 422 for a rule, 409 for a conflict, 404 for not found…</summary>
    public int HttpStatus { get; }

    public IDictionary<string, object?> Values { get; } = new Dictionary<string, object?>();

    public BusinessException With(string name, object? value)
    {
        Values[name] = value;
        return this;
    }
}
