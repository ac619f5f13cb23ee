using FluentValidation;
using LocalLife.Validation;

namespace LocalLife.Bookings;

public sealed class CreateBookingValidator : AbstractValidator<CreateBookingDto>
{
    public CreateBookingValidator()
    {
        RuleFor(x => x.SpaceId).NotEmpty();
        RuleFor(x => x.ArriveAt).NotEmpty();
        RuleFor(x => x.PartySize).InclusiveBetween(1, 500);
    }
}

public sealed class GetMyBookingsValidator : AbstractValidator<GetMyBookingsInput>
{
    public GetMyBookingsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class GetBookingsValidator : AbstractValidator<GetBookingsInput>
{
    public GetBookingsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.StoreId).NotEmpty().When(x => x.Date is not null).WithMessage("A date is a day of one store: give the store.");
    }
}

public sealed class CheckInBookingValidator : AbstractValidator<CheckInBookingDto>
{
    public CheckInBookingValidator()
    {
        RuleFor(x => x.StoreId).NotEmpty();
        RuleFor(x => x.Code).NotEmpty().Matches("^[0-9]{6,8}$");
    }
}

public sealed class ReleaseBookingValidator : AbstractValidator<ReleaseBookingDto>
{
    public ReleaseBookingValidator()
    {
        RuleFor(x => x.Lines).NotNull().Must(l => l.Count <= 20);
        RuleForEach(x => x.Lines).ChildRules(l =>
        {
            l.RuleFor(x => x.Category).Must(c => BookingSpendCategories.All.Contains(c))
                .WithMessage($"One of: {string.Join(", ", BookingSpendCategories.All)}.");
            l.RuleFor(x => x.AmountFen).InclusiveBetween(0, 100_000_000);
        });
    }
}

public sealed class CancelBookingValidator : AbstractValidator<CancelBookingDto>
{
    public CancelBookingValidator() => RuleFor(x => x.Reason).MaximumLength(200);
}
