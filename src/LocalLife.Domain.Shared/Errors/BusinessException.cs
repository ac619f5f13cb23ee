namespace LocalLife.Errors;

/// <summary>
/// A broken business rule. The <see cref="Code"/> is stable (clients and tests match it); the text people read
/// comes from the localization resources, with <see cref="Values"/> filled into its placeholders. How a caller hears
/// it (an HTTP status, say) is the caller's edge's business: the host maps codes to statuses.
/// </summary>
public class BusinessException : Exception
{
    public BusinessException(string code, string? details = null)
        : base(details ?? code)
    {
        Code = code;
    }

    public string Code { get; }

    public IDictionary<string, object?> Values { get; } = new Dictionary<string, object?>();

    public BusinessException With(string name, object? value)
    {
        Values[name] = value;
        return this;
    }
}
