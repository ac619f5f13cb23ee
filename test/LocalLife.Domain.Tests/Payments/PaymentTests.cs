using LocalLife.Errors;
using LocalLife.MultiTenancy;
using Microsoft.Extensions.Time.Testing;

namespace LocalLife.Payments;

/// <summary>The payment's rules without I/O: transitions, confirmations, refund reservations, the pay window.</summary>
public sealed class PaymentTests
{
    private static readonly Guid Tenant = Guid.CreateVersion7();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero));
    private readonly InMemoryPayments _payments = new();

    private PaymentManager Manager => new(_payments, new FixedTenant(), _clock);

    [Fact]
    public async Task A_new_payment_is_created_with_a_readable_number_and_a_fifteen_minute_window()
    {
        var (payment, created) = await Manager.CreateAsync(PaymentKind.BookingDeposit, Guid.CreateVersion7(), Guid.CreateVersion7(), "o-1", 5000, "定金", "1900000201", default);

        created.ShouldBeTrue();
        payment.Status.ShouldBe(PaymentStatus.Created);
        payment.OutTradeNo.ShouldMatch("^P261125[2-9A-Z]{8}$"); // 12:00 in Beijing
        payment.ExpiresAt.ShouldBe(_clock.GetUtcNow() + PaymentConsts.PayWindow);
        payment.IsExpired(_clock.GetUtcNow()).ShouldBeFalse();
        _clock.Advance(TimeSpan.FromMinutes(15));
        payment.IsExpired(_clock.GetUtcNow()).ShouldBeTrue();
    }

    [Fact]
    public async Task The_same_order_gets_its_live_payment_back_and_a_paid_or_different_one_is_refused()
    {
        var order = Guid.CreateVersion7();
        var customer = Guid.CreateVersion7();
        var (first, _) = await Manager.CreateAsync(PaymentKind.MenuOrder, order, customer, "o", 100, "x", null, default);
        var (again, created) = await Manager.CreateAsync(PaymentKind.MenuOrder, order, customer, "o", 100, "x", null, default);
        again.ShouldBeSameAs(first);
        created.ShouldBeFalse();
        (await Should.ThrowAsync<BusinessException>(() => Manager.CreateAsync(PaymentKind.MenuOrder, order, customer, "o", 200, "x", null, default)))
            .Code.ShouldBe(PaymentErrorCodes.AmountChanged);

        first.MarkPrepaid("wx1");
        first.ConfirmPaid(new PaymentConfirmation("4200", 100, null, _clock.GetUtcNow()));
        (await Should.ThrowAsync<BusinessException>(() => Manager.CreateAsync(PaymentKind.MenuOrder, order, customer, "o", 100, "x", null, default)))
            .Code.ShouldBe(PaymentErrorCodes.AlreadyPaid);
    }

    [Fact]
    public void A_confirmation_is_applied_once_and_raises_one_event()
    {
        var payment = Pending(1000, "1900000201");
        var confirmation = new PaymentConfirmation("4200000001", 1000, "1900000201", _clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)));

        payment.ConfirmPaid(confirmation).ShouldBeTrue();
        payment.ConfirmPaid(confirmation).ShouldBeFalse();

        payment.Status.ShouldBe(PaymentStatus.Paid);
        payment.PaidAt!.Value.Offset.ShouldBe(TimeSpan.Zero);
        payment.DomainEvents.OfType<PaymentSucceeded>().ShouldHaveSingleItem().TransactionId.ShouldBe("4200000001");
    }

    [Theory]
    [InlineData(999, "1900000201", "4200")]
    [InlineData(1000, "1900000999", "4200")]
    [InlineData(1000, null, "4200")]
    public void A_confirmation_that_does_not_match_changes_nothing(long amount, string? subMchId, string transactionId)
    {
        var payment = Pending(1000, "1900000201");

        var error = Should.Throw<BusinessException>(() => payment.ConfirmPaid(new PaymentConfirmation(transactionId, amount, subMchId, _clock.GetUtcNow())));

        error.Code.ShouldBe(PaymentErrorCodes.NotificationMismatch);
        payment.Status.ShouldBe(PaymentStatus.Pending);
        payment.TransactionId.ShouldBeNull();
        payment.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Refunds_in_flight_count_against_what_may_still_be_refunded()
    {
        var payment = Paid(1000);

        var first = payment.RequestRefund(600, "a", "k1", _clock.GetUtcNow());
        payment.Status.ShouldBe(PaymentStatus.Refunding);
        payment.RefundableFen.ShouldBe(400);
        var tooMuch = Should.Throw<BusinessException>(() => payment.RequestRefund(401, null, "k2", _clock.GetUtcNow()));
        tooMuch.Code.ShouldBe(PaymentErrorCodes.RefundExceedsPaid);
        tooMuch.Values["Refundable"].ShouldBe(400L);
        payment.RequestRefund(600, null, "k1", _clock.GetUtcNow()).ShouldBeSameAs(first);
        Should.Throw<BusinessException>(() => payment.RequestRefund(100, null, "k1", _clock.GetUtcNow())).Code.ShouldBe(PaymentErrorCodes.IdempotencyKeyReused);

        var second = payment.RequestRefund(400, null, "k2", _clock.GetUtcNow());
        payment.SettleRefund(new RefundConfirmation(first.OutRefundNo, "r1", PaymentRefundStatus.Succeeded, 600, null), _clock.GetUtcNow()).ShouldBeTrue();
        payment.Status.ShouldBe(PaymentStatus.Refunding); // the second is still in flight
        payment.SettleRefund(new RefundConfirmation(second.OutRefundNo, "r2", PaymentRefundStatus.Failed, 400, null), _clock.GetUtcNow()).ShouldBeTrue();
        payment.Status.ShouldBe(PaymentStatus.PartiallyRefunded);
        payment.RefundedFen.ShouldBe(600);
        payment.RefundPendingFen.ShouldBe(0);
        payment.SettleRefund(new RefundConfirmation(first.OutRefundNo, "r1", PaymentRefundStatus.Succeeded, 600, null), _clock.GetUtcNow()).ShouldBeFalse();
        payment.DomainEvents.OfType<PaymentRefunded>().ShouldHaveSingleItem().FullyRefunded.ShouldBeFalse();
    }

    [Fact]
    public void An_unpaid_payment_cannot_be_refunded_and_a_paid_one_cannot_be_closed()
    {
        Should.Throw<BusinessException>(() => Pending(100, null).RequestRefund(1, null, "k", _clock.GetUtcNow())).Code.ShouldBe(PaymentErrorCodes.NotRefundable);
        var error = Should.Throw<BusinessException>(() => Paid(100).Close(_clock.GetUtcNow()));
        error.Code.ShouldBe(PaymentErrorCodes.IllegalTransition);
        error.Values["From"].ShouldBe(PaymentStatus.Paid);
    }

    [Theory]
    [InlineData(PaymentStatus.Created, PaymentStatus.Pending, true)]
    [InlineData(PaymentStatus.Pending, PaymentStatus.Paid, true)]
    [InlineData(PaymentStatus.Pending, PaymentStatus.Closed, true)]
    [InlineData(PaymentStatus.Paid, PaymentStatus.Refunding, true)]
    [InlineData(PaymentStatus.Refunding, PaymentStatus.Refunded, true)]
    [InlineData(PaymentStatus.PartiallyRefunded, PaymentStatus.Refunding, true)]
    [InlineData(PaymentStatus.Closed, PaymentStatus.Paid, false)]
    [InlineData(PaymentStatus.Paid, PaymentStatus.Closed, false)]
    [InlineData(PaymentStatus.Refunded, PaymentStatus.Refunding, false)]
    [InlineData(PaymentStatus.Failed, PaymentStatus.Pending, false)]
    public void The_transition_table_decides(PaymentStatus from, PaymentStatus to, bool allowed) =>
        PaymentTransitions.Allows(from, to).ShouldBe(allowed);

    [Fact]
    public void Every_status_has_a_row_in_the_transition_table()
    {
        foreach (var from in Enum.GetValues<PaymentStatus>())
            foreach (var to in Enum.GetValues<PaymentStatus>())
                Should.NotThrow(() => PaymentTransitions.Allows(from, to));
    }

    private Payment Pending(long amount, string? subMchId)
    {
        var payment = new Payment(Guid.CreateVersion7(), Tenant, PaymentKind.BookingDeposit, Guid.CreateVersion7(), Guid.CreateVersion7(), "o",
            amount, "x", PaymentNumbers.NewOutTradeNo(_clock.GetUtcNow()), subMchId, _clock.GetUtcNow() + PaymentConsts.PayWindow);
        payment.MarkPrepaid("wx-prepay");
        return payment;
    }

    private Payment Paid(long amount)
    {
        var payment = Pending(amount, null);
        payment.ConfirmPaid(new PaymentConfirmation("4200" + Guid.NewGuid().ToString("N")[..8], amount, null, _clock.GetUtcNow()));
        payment.ClearDomainEvents();
        return payment;
    }

    private sealed class FixedTenant : ICurrentTenant
    {
        public Guid? Id => Tenant;
        public string? Name => "ktv-demo";
        public IDisposable Change(Guid? id, string? name = null) => throw new NotSupportedException();
    }

    private sealed class InMemoryPayments : IPaymentRepository
    {
        private readonly List<Payment> _items = [];

        public Task InsertAsync(Payment payment, CancellationToken ct)
        {
            _items.Add(payment);
            return Task.CompletedTask;
        }

        public Task<Payment?> FindActiveAsync(PaymentKind kind, Guid businessOrderId, CancellationToken ct) =>
            Task.FromResult(_items.FirstOrDefault(p => p.Kind == kind && p.BusinessOrderId == businessOrderId
                && p.Status is not (PaymentStatus.Closed or PaymentStatus.Failed)));

        public Task<Payment> GetAsync(Guid id, CancellationToken ct) => throw new NotSupportedException();
        public Task<Payment> GetForUpdateAsync(Guid id, CancellationToken ct) => throw new NotSupportedException();
        public Task<Payment?> FindByOutTradeNoAcrossTenantsAsync(string outTradeNo, CancellationToken ct) => throw new NotSupportedException();
        public Task<Payment?> FindOfCustomerAsync(Guid id, Guid customerId, CancellationToken ct) => throw new NotSupportedException();
        public Task<(IReadOnlyList<Payment> Items, int TotalCount)> GetPageAsync(PaymentQuery query, int skip, int take, CancellationToken ct) => throw new NotSupportedException();
        public Task<IReadOnlyList<(Guid Id, Guid? TenantId)>> GetExpiredAcrossTenantsAsync(DateTimeOffset now, int take, CancellationToken ct) => throw new NotSupportedException();
        public Task<IReadOnlyList<PaymentDailyTotals>> GetTotalsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) => throw new NotSupportedException();
        public Task<IReadOnlyList<PaymentDailyTotals>> GetTotalsAcrossTenantsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) => throw new NotSupportedException();
    }
}
