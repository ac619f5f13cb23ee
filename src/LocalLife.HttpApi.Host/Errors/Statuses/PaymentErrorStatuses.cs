using LocalLife.Payments;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the payment errors.</summary>
internal static class PaymentErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { PaymentErrorCodes.IllegalTransition, Status409Conflict },
        { PaymentErrorCodes.AmountMustBePositive, Status422UnprocessableEntity },
        { PaymentErrorCodes.AlreadyPaid, Status409Conflict },
        { PaymentErrorCodes.AmountChanged, Status409Conflict },
        { PaymentErrorCodes.NoWeChatAccount, Status422UnprocessableEntity },
        { PaymentErrorCodes.SubMerchantNotConfigured, Status422UnprocessableEntity },
        // WeChat Pay itself failed or refused: the gateway's errors, not the caller's.
        { PaymentErrorCodes.GatewayUnavailable, Status503ServiceUnavailable },
        { PaymentErrorCodes.GatewayRefused, Status502BadGateway },
        { PaymentErrorCodes.NotRefundable, Status422UnprocessableEntity },
        { PaymentErrorCodes.RefundExceedsPaid, Status422UnprocessableEntity },
        { PaymentErrorCodes.IdempotencyKeyReused, Status409Conflict },
        // WeChat Pay retries a notification answered with anything but 2xx: 401 for a forged or replayed one, 400 for a
        // signed one we cannot read or that does not match its payment.
        { PaymentErrorCodes.NotificationSignatureInvalid, Status401Unauthorized },
        { PaymentErrorCodes.NotificationMalformed, Status400BadRequest },
        { PaymentErrorCodes.NotificationMismatch, Status400BadRequest },
        { PaymentErrorCodes.InvalidAmount, Status422UnprocessableEntity },
        { PaymentErrorCodes.PaymentNotExpected, Status409Conflict },
        { PaymentErrorCodes.UnknownTimeZone, Status422UnprocessableEntity },
    };
}
