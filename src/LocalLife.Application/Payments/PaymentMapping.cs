namespace LocalLife.Payments;

internal static class PaymentMapping
{
    public static PaymentDto ToDto(this Payment p) => new(
        p.Id, p.TenantId, p.Kind, p.BusinessOrderId, p.CustomerId, p.AmountFen, p.Description, p.OutTradeNo, p.Status,
        p.CreationTime, p.ExpiresAt, p.TransactionId, p.PaidAt, p.ClosedAt, p.RefundedFen, p.RefundPendingFen, p.RefundableFen,
        p.Refunds.OrderBy(r => r.RequestedAt).Select(r => r.ToDto()).ToList());

    public static PaymentRefundDto ToDto(this PaymentRefund r) => new(
        r.Id, r.OutRefundNo, r.AmountFen, r.Reason, r.IdempotencyKey, r.Status, r.RequestedAt, r.SucceededAt, r.FailureReason);

    public static RequestPaymentDto ToDto(this PaymentRequestParameters p) =>
        new(p.AppId, p.TimeStamp, p.NonceStr, p.Package, p.SignType, p.PaySign);
}
