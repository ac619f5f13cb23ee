using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LocalLife.Validation;

/// <summary>
/// A query or route value whose type has no meaningful default (an id, a date, a time) must be given. Without this rule
/// a missing <c>?storeId=</c> binds as Guid.Empty and answers 404, and a missing <c>?date=</c> binds as 0001-01-01 and
/// overflows. Numbers and flags may default (skip, take, openOnly); one that may not is a C# <c>required</c> property.
/// Model binding then answers 400 with the field named (MissingBindRequiredValueAccessor). JSON bodies do not use
/// binding metadata, so this changes nothing there.
/// </summary>
internal sealed class RequiredQueryValues : IBindingMetadataProvider
{
    private static readonly HashSet<Type> NoMeaningfulDefault = [typeof(Guid), typeof(DateOnly), typeof(DateTimeOffset), typeof(DateTime), typeof(TimeOnly)];

    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        var key = context.Key;
        var required = key.MetadataKind switch
        {
            ModelMetadataKind.Parameter => NoMeaningfulDefault.Contains(key.ModelType) && key.ParameterInfo?.HasDefaultValue != true,
            ModelMetadataKind.Property => NoMeaningfulDefault.Contains(key.ModelType) || key.PropertyInfo?.IsDefined(typeof(RequiredMemberAttribute), false) == true,
            _ => false,
        };
        if (required) context.BindingMetadata.IsBindingRequired = true;
    }
}
