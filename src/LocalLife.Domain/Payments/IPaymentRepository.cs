namespace LocalLife.Payments;

public interface IPaymentRepository
{
    Task InsertAsync(Payment payment, CancellationToken ct);

    /// <summary>With its refunds; 404 when absent or in another tenant.</summary>
    Task<Payment> GetAsync(Guid id, CancellationToken ct);

    /// <summary>
    /// Reads the payment with its refunds and locks its row until the transaction ends, so concurrent
    /// notifications, queries and refunds of one payment apply one after the other. Needs an open transaction.
    /// </summary>
    Task<Payment> GetForUpdateAsync(Guid id, CancellationToken ct);

    /// <summary>The payment with this number in whichever tenant (a notification names no tenant); read-only, on the reader.</summary>
    Task<Payment?> FindByOutTradeNoAcrossTenantsAsync(string outTradeNo, CancellationToken ct);

    /// <summary>The customer's payment with its refunds in whichever tenant; null when absent or someone else's. Read-only, on the reader.</summary>
    Task<Payment?> FindOfCustomerAsync(Guid id, Guid customerId, CancellationToken ct);

    /// <summary>The payment of a business order that is not closed or failed (at most one: a partial unique index).</summary>
    Task<Payment?> FindActiveAsync(PaymentKind kind, Guid businessOrderId, CancellationToken ct);

    Task<(IReadOnlyList<Payment> Items, int TotalCount)> GetPageAsync(PaymentQuery query, int skip, int take, CancellationToken ct);

    /// <summary>Unpaid payments of every tenant whose pay window ended before <paramref name="now"/>, oldest first (on the reader).</summary>
    Task<IReadOnlyList<(Guid Id, Guid? TenantId)>> GetExpiredAcrossTenantsAsync(DateTimeOffset now, int take, CancellationToken ct);

    /// <summary>Paid and refunded sums in [from, to) of the current tenant (one row at most): payments by paid time, refunds by success time.</summary>
    Task<IReadOnlyList<PaymentDailyTotals>> GetTotalsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>The same sums per tenant, for every tenant (the platform's reconciliation; on the reader).</summary>
    Task<IReadOnlyList<PaymentDailyTotals>> GetTotalsAcrossTenantsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct);
}

public sealed record PaymentQuery(PaymentStatus? Status, PaymentKind? Kind, Guid? BusinessOrderId, string? OutTradeNo,
    DateTimeOffset? CreatedFrom, DateTimeOffset? CreatedTo);

public sealed record PaymentDailyTotals(Guid? TenantId, int PaidCount, long PaidFen, int RefundCount, long RefundedFen);
