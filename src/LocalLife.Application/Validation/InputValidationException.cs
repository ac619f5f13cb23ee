using LocalLife.Errors;

namespace LocalLife.Validation;

/// <summary>An input its validator refused, with the messages per property path as the validator names them (<c>Items[0].Name</c>).</summary>
public sealed class InputValidationException(IReadOnlyDictionary<string, string[]> errors)
    : BusinessException(LocalLifeErrorCodes.Validation, "Invalid " + string.Join(", ", errors.Keys))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
