namespace LocalLife.Payments;

public static class PaymentErrorCodes
{
    public const string IllegalTransition = "LocalLife:Payment:IllegalTransition";
    public const string AmountMustBePositive = "LocalLife:Payment:AmountMustBePositive";
    public const string AlreadyPaid = "LocalLife:Payment:AlreadyPaid";
    public const string AmountChanged = "LocalLife:Payment:AmountChanged";
    public const string NoWeChatAccount = "LocalLife:Payment:NoWeChatAccount";
    public const string SubMerchantNotConfigured = "LocalLife:Payment:SubMerchantNotConfigured";
    public const string GatewayUnavailable = "LocalLife:Payment:GatewayUnavailable";
    public const string GatewayRefused = "LocalLife:Payment:GatewayRefused";
    public const string NotRefundable = "LocalLife:Payment:NotRefundable";
    public const string RefundExceedsPaid = "LocalLife:Payment:RefundExceedsPaid";
    public const string IdempotencyKeyReused = "LocalLife:Payment:IdempotencyKeyReused";
    public const string NotificationSignatureInvalid = "LocalLife:Payment:NotificationSignatureInvalid";
    public const string NotificationMalformed = "LocalLife:Payment:NotificationMalformed";
    public const string NotificationMismatch = "LocalLife:Payment:NotificationMismatch";
    public const string InvalidAmount = "LocalLife:Payment:InvalidAmount";
    public const string PaymentNotExpected = "LocalLife:Payment:PaymentNotExpected";
    public const string UnknownTimeZone = "LocalLife:Payment:UnknownTimeZone";
}
