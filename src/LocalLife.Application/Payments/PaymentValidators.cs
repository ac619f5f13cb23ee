using FluentValidation;
using LocalLife.Validation;

namespace LocalLife.Payments;

public sealed class RefundPaymentValidator : AbstractValidator<RefundPaymentDto>
{
    public RefundPaymentValidator()
    {
        RuleFor(x => x.AmountFen).GreaterThan(0);
        RuleFor(x => x.Reason).MaximumLength(PaymentConsts.MaxReasonLength);
        RuleFor(x => x.IdempotencyKey).NotEmpty().MaximumLength(PaymentConsts.MaxIdempotencyKeyLength);
    }
}

public sealed class GetPaymentsValidator : AbstractValidator<GetPaymentsInput>
{
    public GetPaymentsValidator() => this.AddPagingRules();
}

public sealed class UpdatePaymentSettingsValidator : AbstractValidator<UpdatePaymentSettingsDto>
{
    public UpdatePaymentSettingsValidator()
    {
        RuleFor(x => x.WeChatPaySubMchId).MaximumLength(PaymentConsts.MaxSubMchIdLength).Matches("^[0-9]+$")
            .When(x => !string.IsNullOrWhiteSpace(x.WeChatPaySubMchId));
        RuleFor(x => x.TimeZone).NotEmpty().MaximumLength(64);
    }
}
