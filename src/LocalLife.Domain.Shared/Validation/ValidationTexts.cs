namespace LocalLife.Validation;

/// <summary>
/// Keys of the field-error texts the API writes itself (binding and JSON reading), beside FluentValidation's own
/// messages. The code of such an answer is always <c>LocalLife:Validation</c>; these are what a person reads per field.
/// </summary>
public static class ValidationTexts
{
    public const string Required = "Validation:Required";
    public const string Invalid = "Validation:Invalid";
    public const string TimeFormat = "Validation:TimeFormat";
    public const string DateFormat = "Validation:DateFormat";
    public const string CalendarRange = "Validation:CalendarRange";
}
