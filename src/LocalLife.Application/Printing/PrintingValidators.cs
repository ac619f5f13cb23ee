using FluentValidation;

namespace LocalLife.Printing;

public sealed class CreatePrinterValidator : AbstractValidator<CreatePrinterDto>
{
    public CreatePrinterValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Address).NotEmpty().MaximumLength(128);
        RuleFor(x => x.Port).InclusiveBetween(1, 65535);
        RuleFor(x => x.Connection).IsInEnum();
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Station).IsInEnum();
    }
}
