using LocalLife.Common;

namespace LocalLife.Payments;

public sealed record PaymentDto(
    Guid Id,
    Guid? TenantId,
    PaymentKind Kind,
    Guid BusinessOrderId,
    Guid CustomerId,
    long AmountFen,
    string Description,
    string OutTradeNo,
    PaymentStatus Status,
    DateTimeOffset CreationTime,
    DateTimeOffset ExpiresAt,
    string? TransactionId,
    DateTimeOffset? PaidAt,
    DateTimeOffset? ClosedAt,
    long RefundedFen,
    long RefundPendingFen,
    long RefundableFen,
    IReadOnlyList<PaymentRefundDto> Refunds);

public sealed record PaymentRefundDto(
    Guid Id,
    string OutRefundNo,
    long AmountFen,
    string? Reason,
    string IdempotencyKey,
    PaymentRefundStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? SucceededAt,
    string? FailureReason);

/// <summary>Exactly what the mini-program passes to <c>wx.requestPayment</c> (appId is part of the signature only).</summary>
public sealed record RequestPaymentDto(string AppId, string TimeStamp, string NonceStr, string Package, string SignType, string PaySign);

/// <summary>A payment ready to pay: the mini-program calls <c>wx.requestPayment(requestPayment)</c>.</summary>
public sealed record PaymentCreatedDto(PaymentDto Payment, RequestPaymentDto RequestPayment);

public sealed record RefundPaymentDto
{
    public long AmountFen { get; init; }
    public string? Reason { get; init; }
    /// <summary>Chosen by the caller (e.g. "booking-cancel:{id}"); asking again with it never refunds twice.</summary>
    public string IdempotencyKey { get; init; } = "";
}

public sealed record GetPaymentsInput : PagedRequestDto
{
    public PaymentStatus? Status { get; init; }
    public PaymentKind? Kind { get; init; }
    public Guid? BusinessOrderId { get; init; }
    public string? OutTradeNo { get; init; }
    public DateTimeOffset? CreatedFrom { get; init; }
    public DateTimeOffset? CreatedTo { get; init; }
}

/// <summary>One tenant's day: payments by paid time, refunds by success time, in the tenant's time zone.</summary>
public sealed record PaymentReconciliationDto(
    Guid? TenantId,
    string? TenantName,
    DateOnly Date,
    string TimeZone,
    DateTimeOffset From,
    DateTimeOffset To,
    int PaidCount,
    long PaidFen,
    int RefundCount,
    long RefundedFen,
    long NetFen);

/// <summary>The platform's day: one row per tenant with activity, and the sums.</summary>
public sealed record HostPaymentReconciliationDto(
    DateOnly Date,
    IReadOnlyList<PaymentReconciliationDto> Tenants,
    int PaidCount,
    long PaidFen,
    int RefundCount,
    long RefundedFen,
    long NetFen);

public sealed record PaymentSettingsDto(Guid TenantId, string? WeChatPaySubMchId, string TimeZone);

public sealed record UpdatePaymentSettingsDto
{
    public string? WeChatPaySubMchId { get; init; }
    public string TimeZone { get; init; } = PaymentConsts.DefaultTimeZone;
}

/// <summary>A WeChat Pay notification as it arrived: the exact body and the Wechatpay-* headers that sign it.</summary>
public sealed record WeChatPayNotificationInput(string? Timestamp, string? Nonce, string? Signature, string? Serial, string Body)
{
    public const string TimestampHeader = "Wechatpay-Timestamp";
    public const string NonceHeader = "Wechatpay-Nonce";
    public const string SignatureHeader = "Wechatpay-Signature";
    public const string SerialHeader = "Wechatpay-Serial";
}
