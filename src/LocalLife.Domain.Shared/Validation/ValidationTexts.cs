namespace LocalLife.Validation;

/// <summary>
/// Keys of the field-error texts the API writes itself (binding and JSON reading), beside FluentValidation's own
/// messages. The code of such an answer is always <c>LocalLife:Validation</c>; these are what a person reads per field.
/// </summary>
public static class ValidationTexts
{
    public const string Required = "Validation:Required";
    /// <summary>An empty value where one is needed; model binding does not say which field, the error's key does.</summary>
    public const string ValueRequired = "Validation:ValueRequired";
    public const string Invalid = "Validation:Invalid";
    /// <summary>A value that does not parse, where model binding does not say which field (a top-level parameter).</summary>
    public const string ValueInvalid = "Validation:ValueInvalid";
    public const string TimeFormat = "Validation:TimeFormat";
    public const string DateFormat = "Validation:DateFormat";
    public const string CalendarRange = "Validation:CalendarRange";
}
