using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LocalLife.Validation;

/// <summary>
/// Dates and times in the query string and the route, read as <see cref="CalendarInput"/> says: the same rules as in
/// request bodies, so <c>?createdFrom=2026-12-05T20:00:00%2B08:00</c> reaches the use case as 12:00 UTC.
/// </summary>
internal sealed class CalendarValueBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask; // absent: RequiredQueryValues decides whether that is an error
        context.ModelState.SetModelValue(context.ModelName, value);

        var metadata = context.ModelMetadata;
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text) && metadata.IsReferenceOrNullableType)
        {
            context.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        object parsed;
        string? error;
        if (metadata.UnderlyingOrModelType == typeof(DateOnly))
        {
            error = CalendarInput.ReadDate(text, out var date);
            parsed = date;
        }
        else
        {
            error = CalendarInput.ReadTime(text, out var time);
            parsed = time;
        }
        if (error is not null) context.ModelState.TryAddModelError(context.ModelName, error);
        // Even when refused, the binding counts as done, so a required value does not get a second "is required" error;
        // the model state error answers 400 before the action runs.
        context.Result = ModelBindingResult.Success(error is null || !metadata.IsReferenceOrNullableType ? parsed : null);
        return Task.CompletedTask;
    }
}

internal sealed class CalendarValueBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        if (type != typeof(DateTimeOffset) && type != typeof(DateOnly)) return null;
        // Bodies (JSON converters), headers and services have binders of their own.
        return context.BindingInfo.BindingSource?.IsGreedy == true ? null : new CalendarValueBinder();
    }
}
