using FluentValidation;
using LocalLife.Common;

namespace LocalLife.Validation;

public static class PagedRequestRules
{
    public const int MaxTake = 100;

    /// <summary>Paging rules shared by every list input.</summary>
    public static void AddPagingRules<T>(this AbstractValidator<T> validator) where T : PagedRequestDto
    {
        validator.RuleFor(x => x.Skip).GreaterThanOrEqualTo(0);
        validator.RuleFor(x => x.Take).InclusiveBetween(1, MaxTake);
    }
}
