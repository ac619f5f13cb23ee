using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using LocalLife.Localization;

namespace LocalLife.Validation;

/// <summary>
/// Validates a use case's input with its FluentValidation validator, whoever calls the use case (HTTP, a job, a test):
/// an application service's first lines call it for each DTO it takes. Invalid input throws
/// <see cref="InputValidationException"/>, which the host answers with 400 and the field errors.
/// </summary>
public sealed class InputValidation(IServiceProvider services)
{
    public async Task ValidateAsync<T>(T? input, CancellationToken ct) where T : class
    {
        if (input is null) return; // a missing body is the model binder's 400
        if (services.GetService(typeof(IValidator<>).MakeGenericType(input.GetType())) is not IValidator validator) return;
        ValidationResult result;
        var uiCulture = CultureInfo.CurrentUICulture;
        // The messages in the caller's language; FluentValidation ships its Chinese ones as zh-CN, ours is zh-Hans.
        CultureInfo.CurrentUICulture = LocalLifeTexts.Resolve(uiCulture) == "en" ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            result = await validator.ValidateAsync(new ValidationContext<object>(input), ct);
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
        if (result.IsValid) return;
        throw new InputValidationException(result.Errors
            .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray(), StringComparer.Ordinal));
    }
}
