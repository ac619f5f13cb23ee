using System.Globalization;
using LocalLife.Localization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Validation;

/// <summary>The one place where the API decides how inputs are read: times to UTC, calendar ranges, required query values, and their texts.</summary>
internal static class InputBindingSetup
{
    public static IMvcBuilder AddLocalLifeInputBinding(this IMvcBuilder mvc) => mvc
        .AddMvcOptions(options =>
        {
            // First, so no built-in binder reads a date or time its own (lenient, zone-keeping) way.
            options.ModelBinderProviders.Insert(0, new CalendarValueBinderProvider());
            options.ModelMetadataDetailsProviders.Add(new RequiredQueryValues());
            var messages = options.ModelBindingMessageProvider;
            messages.SetMissingBindRequiredValueAccessor(name => FieldText(ValidationTexts.Required, name));
            messages.SetAttemptedValueIsInvalidAccessor((_, name) => FieldText(ValidationTexts.Invalid, name));
            // These two are given the attempted value, not the field's name; the error's key names the field.
            messages.SetValueMustNotBeNullAccessor(_ => Text(ValidationTexts.ValueRequired));
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Text(ValidationTexts.ValueInvalid));
            messages.SetUnknownValueIsInvalidAccessor(name => FieldText(ValidationTexts.Invalid, name));
        })
        .AddJsonOptions(json =>
        {
            json.JsonSerializerOptions.Converters.Add(new UtcTimeJsonConverter());
            json.JsonSerializerOptions.Converters.Add(new CalendarDateJsonConverter());
        });

    private static string Text(string key) => LocalLifeTexts.Get(key, CultureInfo.CurrentUICulture);

    private static string FieldText(string key, string name) =>
        LocalLifeTexts.Get(key, CultureInfo.CurrentUICulture, new Dictionary<string, object?> { ["Field"] = JsonFieldNames.Of(name) });
}
