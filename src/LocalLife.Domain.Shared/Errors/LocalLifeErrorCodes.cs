namespace LocalLife.Errors;

/// <summary>Error codes shared by every feature. Feature-specific codes live in the feature's own folder.</summary>
public static class LocalLifeErrorCodes
{
    public const string EntityNotFound = "LocalLife:EntityNotFound";
    public const string Validation = "LocalLife:Validation";
    public const string Unauthorized = "LocalLife:Unauthorized";
    public const string Forbidden = "LocalLife:Forbidden";
    public const string ConcurrencyConflict = "LocalLife:ConcurrencyConflict";
    public const string Internal = "LocalLife:Internal";
    public const string MalformedRequest = "LocalLife:MalformedRequest";
    public const string TooManyRequests = "LocalLife:TooManyRequests";
}
