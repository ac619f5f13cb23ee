using LocalLife.Catalog;
using LocalLife.Errors;
using LocalLife.Loyalty;
using LocalLife.Marketing;
using LocalLife.Payments;

namespace LocalLife.Ordering;

public sealed class OrderRulesTests
{
    private static readonly DateTimeOffset Now = OrderTestData.Now;
    private readonly OrderTestData _data = new();
    private readonly Guid _staff = Guid.NewGuid();

    [Fact]
    public void Members_pay_member_prices_and_others_the_regular_price()
    {
        var cart = _data.NewCart((_data.Latte, 2));
        _data.Price(cart).Single().UnitFen.ShouldBe(2_600);
        _data.Price(cart, Membership.Anonymous).Single().UnitFen.ShouldBe(3_000);
        var noPerk = new Membership(LoyaltySettings.DefaultLevels[0] with { MemberPrices = false }, 0);
        _data.Price(cart, noPerk).Single().ShouldSatisfyAllConditions(l => l.UnitFen.ShouldBe(3_000), l => l.RegularUnitFen.ShouldBe(3_000));
    }

    [Fact]
    public void An_order_keeps_its_prices_and_a_fully_points_paid_order_is_paid_at_once()
    {
        var order = _data.Place(_data.NewCart((_data.Latte, 2), (_data.Cake, 1)));
        order.Status.ShouldBe(OrderStatus.Placed);
        order.RegularFen.ShouldBe(8_000);
        order.Amount.ItemsFen.ShouldBe(7_200);
        order.PrepMinutes.ShouldBe(12);
        order.PayBy.ShouldBe(Now + OrderingConsts.PaymentWindow);
        order.StockUnits().Select(u => u.ProductId).ShouldBe(new[] { _data.Latte.Id, _data.Cake.Id }.Order());

        var free = _data.Place(_data.NewCart((_data.Latte, 1)), points: 2_600);
        free.Status.ShouldBe(OrderStatus.Paid);
        free.PaidAt.ShouldBe(Now);
        free.AcceptBy.ShouldBe(Now + OrderingConsts.AcceptWindow);
    }

    [Fact]
    public void The_cart_must_be_as_the_customer_saw_it_and_the_store_taking_orders()
    {
        var manager = new OrderManager();
        var cart = _data.NewCart((_data.Latte, 1));
        Should.Throw<BusinessException>(() => manager.CheckOut(_data.Store, _data.Price(cart), expectedTotalFen: 2_500, Now))
            .Code.ShouldBe(OrderingErrorCodes.CartChanged);
        manager.CheckOut(_data.Store, _data.Price(cart), 2_600, Now).ShouldBe(2_600);
        // Added at the member price, priced now for someone without the perk: the price moved.
        Should.Throw<BusinessException>(() => manager.CheckOut(_data.Store, _data.Price(cart, Membership.Anonymous), null, Now))
            .Code.ShouldBe(OrderingErrorCodes.CartChanged);
        Should.Throw<BusinessException>(() => manager.CheckOut(_data.Store, [], null, Now)).Code.ShouldBe(OrderingErrorCodes.CartEmpty);

        var tooMany = _data.NewCart((_data.Cake, 3));
        _data.Cake.SetCounted(2);
        _data.Price(tooMany).Single().Available.ShouldBeFalse();
        Should.Throw<BusinessException>(() => manager.CheckOut(_data.Store, _data.Price(tooMany), null, Now)).Code.ShouldBe(OrderingErrorCodes.CartChanged);

        _data.Store.Pause();
        Should.Throw<BusinessException>(() => manager.CheckOut(_data.Store, _data.Price(cart), null, Now)).Code.ShouldBe(OrderingErrorCodes.StoreNotTakingOrders);
    }

    [Fact]
    public void Customers_with_the_priority_perk_order_as_vip()
    {
        var vip = new Membership(LoyaltySettings.DefaultLevels[2], 0);
        _data.Place(_data.NewCart((_data.Latte, 1)), membership: vip).Priority.ShouldBe(OrderPriority.Vip);
        _data.Place(_data.NewCart((_data.Latte, 1))).Priority.ShouldBe(OrderPriority.Normal);
    }

    [Fact]
    public void A_payment_is_attached_while_the_order_waits_and_applied_once()
    {
        var order = _data.Place(_data.NewCart((_data.Latte, 1)));
        var payment = Guid.NewGuid();
        order.AttachPayment(payment);
        order.AttachPayment(payment); // the same again: nothing changes
        Should.Throw<BusinessException>(() => order.AttachPayment(Guid.NewGuid())).Code.ShouldBe(PaymentErrorCodes.PaymentNotExpected);

        order.MarkPaid(payment, Now.AddMinutes(1)).ShouldBe(PaidOutcome.Applied);
        order.MarkPaid(payment, Now.AddMinutes(2)).ShouldBe(PaidOutcome.AlreadyApplied);
        order.PaidAt.ShouldBe(Now.AddMinutes(1));
        Should.Throw<BusinessException>(() => order.AttachPayment(Guid.NewGuid())).Code.ShouldBe(PaymentErrorCodes.PaymentNotExpected);

        var cancelled = _data.Place(_data.NewCart((_data.Latte, 1)));
        cancelled.Cancel("changed my mind", null, Now);
        cancelled.MarkPaid(Guid.NewGuid(), Now).ShouldBe(PaidOutcome.NotAwaited);
        cancelled.CancelRefundFen.ShouldBe(0); // never paid: nothing to refund
    }

    [Fact]
    public void The_customer_cancels_until_the_merchant_accepts_and_the_merchant_rejects_until_preparing()
    {
        var order = Paid();
        order.CheckCancellable(byCustomer: true);
        order.Accept(_staff, Now);
        Should.Throw<BusinessException>(() => order.CheckCancellable(byCustomer: true)).Code.ShouldBe(OrderingErrorCodes.IllegalTransition);
        order.CheckCancellable(byCustomer: false);
        order.StartPreparing(_staff, Now);
        Should.Throw<BusinessException>(() => order.CheckCancellable(byCustomer: false)).Code.ShouldBe(OrderingErrorCodes.IllegalTransition);
        Should.Throw<BusinessException>(() => order.Complete(0, null, Now)).Code.ShouldBe(OrderingErrorCodes.IllegalTransition);
        Should.Throw<BusinessException>(order.CheckCompletable).Code.ShouldBe(OrderingErrorCodes.IllegalTransition);
    }

    [Fact]
    public void Refunds_of_exceptions_and_of_the_cancellation_together_never_exceed_the_cash()
    {
        var order = Paid(points: 600); // 2,600 items, 600 by points, 2,000 cash
        order.Accept(_staff, Now);
        order.RaiseIssue(OrderExceptionKind.OutOfStock, "no milk", _staff, Now);
        Should.Throw<BusinessException>(() => order.Resolve(OrderResolutionKind.PartialRefund, "x", 2_000, _staff, Now)).Code.ShouldBe(OrderingErrorCodes.InvalidRefund);
        order.Resolve(OrderResolutionKind.PartialRefund, "oat milk instead", 500, _staff, Now);
        order.Status.ShouldBe(OrderStatus.Accepted);
        order.RefundedFen.ShouldBe(500);
        order.SpendFen.ShouldBe(2_100);

        order.Cancel("closed early", _staff, Now);
        order.CancelRefundFen.ShouldBe(1_500);
        order.RefundedFen.ShouldBe(order.Amount.CashFen);
    }

    [Fact]
    public void A_refund_from_the_payments_page_counts_only_what_the_order_had_not_decided_itself()
    {
        var unpaid = _data.Place(_data.NewCart((_data.Latte, 1)));
        unpaid.CountRefunded(1_000).ShouldBeFalse();

        var order = Paid(); // 2,600 cash
        order.Accept(_staff, Now);
        order.RaiseIssue(OrderExceptionKind.OutOfStock, "no milk", _staff, Now);
        order.Resolve(OrderResolutionKind.PartialRefund, "oat milk instead", 500, _staff, Now);
        order.CountRefunded(500).ShouldBeFalse(); // its own refund settling
        order.RefundedFen.ShouldBe(500);
        order.CountRefunded(1_200).ShouldBeTrue(); // 700 more, from the payments page
        order.RefundedFen.ShouldBe(1_200);
        order.SpendFen.ShouldBe(1_400);
        order.IsFullyRefundedAndCancellable.ShouldBeFalse();
        order.CountRefunded(9_999).ShouldBeTrue();
        order.RefundedFen.ShouldBe(2_600);
        order.IsFullyRefundedAndCancellable.ShouldBeTrue();
        order.Cancel("refunded in full", null, Now);
        order.CancelRefundFen.ShouldBe(0);
        order.IsFullyRefundedAndCancellable.ShouldBeFalse();
    }

    [Fact]
    public void A_full_refund_resolution_cancels_with_the_refund_recorded_on_the_issue()
    {
        var order = Paid();
        order.RaiseIssue(OrderExceptionKind.Other, "spilled", _staff, Now);
        order.Resolve(OrderResolutionKind.FullRefund, "sorry", 0, _staff, Now);
        order.Status.ShouldBe(OrderStatus.Cancelled);
        order.Issue!.RefundFen.ShouldBe(2_600);
        order.CancelRefundFen.ShouldBe(0);
        Order.IssueRefundKey(order.Id, order.Issue).ShouldNotBe(PayableKeys.Refund(order));
    }

    [Fact]
    public void Priority_changes_only_while_the_order_is_still_being_made()
    {
        var order = Paid();
        order.Prioritize(OrderPriority.Urgent, _staff, Now).ShouldBeTrue();
        order.Prioritize(OrderPriority.Urgent, _staff, Now).ShouldBeFalse();
        order.Accept(_staff, Now);
        order.StartPreparing(_staff, Now);
        order.StartDelivery(_staff, Now);
        Should.Throw<BusinessException>(() => order.Prioritize(OrderPriority.Normal, _staff, Now))
            .Code.ShouldBe(OrderingErrorCodes.PriorityNotChangeable);
    }

    [Fact]
    public void Every_move_is_in_the_timeline_and_raises_its_event()
    {
        var order = Paid();
        order.Accept(_staff, Now);
        order.StartPreparing(_staff, Now);
        order.StartDelivery(_staff, Now);
        order.MarkDelivered(_staff, Now);
        order.CheckCompletable();
        order.Complete(26, null, Now);
        order.Timeline.Select(s => s.Status).ShouldBe([OrderStatus.Placed, OrderStatus.Paid, OrderStatus.Accepted, OrderStatus.Preparing,
            OrderStatus.Delivering, OrderStatus.Delivered, OrderStatus.Completed]);
        order.DomainEvents.OfType<OrderStatusChanged>().Count().ShouldBe(6);
        order.PointsEarned.ShouldBe(26);
    }

    [Fact]
    public void Keys_of_a_payable_are_distinct_per_movement_and_kind()
    {
        var order = Paid();
        string[] keys = [PayableKeys.Redeem(order), PayableKeys.RedeemReversal(order), PayableKeys.Earn(order), PayableKeys.Refund(order)];
        keys.Distinct().Count().ShouldBe(4);
        keys.ShouldAllBe(k => k.StartsWith("order-") && k.EndsWith(order.Id.ToString()));
    }

    private static readonly CouponRules TeaOver50 = new(CouponKind.Threshold, 1_000, 0, 0, 5_000, CouponUse.Orders, [], ["coffee"], [],
        NewCustomerScope.None, null);

    private Order PaidWithCoupon(CouponRules rules, long discountFen, params (Product Product, int Quantity)[] lines)
    {
        var cart = _data.NewCart(lines);
        var priced = _data.Price(cart);
        var manager = new OrderManager();
        var items = manager.CheckOut(_data.Store, priced, null, Now);
        var discount = new PayableDiscount(DiscountSource.Coupon, Guid.NewGuid(), "满50减10", discountFen);
        var order = manager.Create(_data.Store, _data.Space, cart.CustomerId, OrderTestData.Member, null, priced,
            new Dictionary<Guid, string> { [_data.Category.Id] = "coffee" }, PayableAmount.Of(items).WithDiscount(discountFen), [new OrderDiscount(discount, rules)],
            null, Now);
        var payment = Guid.NewGuid();
        order.AttachPayment(payment);
        order.MarkPaid(payment, Now);
        return order;
    }

    [Fact]
    public void A_coupon_discount_is_split_over_the_lines_it_covers_to_the_fen()
    {
        var order = PaidWithCoupon(TeaOver50, 1_000, (_data.Latte, 2), (_data.Cake, 1)); // 5,200 + 2,000, all "coffee"
        order.Amount.ShouldSatisfyAllConditions(a => a.DiscountFen.ShouldBe(1_000), a => a.CashFen.ShouldBe(6_200));
        order.Lines.Select(l => l.DiscountFen).ShouldBe([722L, 278L]); // 5,200 / 7,200 of 1,000 = 722.2 → 722; the remainder 277.8 → 278
        order.Lines.Sum(l => l.DiscountFen).ShouldBe(order.Amount.DiscountFen);
        order.Discounts.ShouldHaveSingleItem().Source.ShouldBe(DiscountSource.Coupon);

        var onlyCake = TeaOver50 with { CategoryCodes = [], ProductIds = [_data.Cake.Id], MinSpendFen = 0, Kind = CouponKind.NewCustomer, NewCustomer = NewCustomerScope.Merchant };
        PaidWithCoupon(onlyCake, 500, (_data.Latte, 1), (_data.Cake, 1)).Lines.Select(l => l.DiscountFen).ShouldBe([0L, 500L]);
    }

    [Fact]
    public void A_partial_refund_keeps_the_coupon_while_the_minimum_spend_stays_paid_for_else_withdraws_its_discount()
    {
        var order = PaidWithCoupon(TeaOver50, 1_000, (_data.Latte, 3)); // 7,800 items, 6,800 due and paid
        order.RaiseIssue(OrderExceptionKind.OutOfStock, "one short", _staff, Now);
        order.Resolve(OrderResolutionKind.PartialRefund, "one latte back", 1_000, _staff, Now, couponMinSpendFen: 5_000);
        order.Issue!.ShouldSatisfyAllConditions(i => i.RefundFen.ShouldBe(1_000), i => i.CouponWithdrawnFen.ShouldBe(0)); // 5,800 still paid for

        order.RaiseIssue(OrderExceptionKind.OutOfStock, "another short", _staff, Now);
        Should.Throw<BusinessException>(() => order.Resolve(OrderResolutionKind.PartialRefund, "x", 900, _staff, Now, 5_000))
            .Code.ShouldBe(OrderingErrorCodes.RefundCoveredByCoupon); // 4,900 left < 5,000: the 1,000 discount would swallow the 900
        order.Resolve(OrderResolutionKind.PartialRefund, "second latte back", 2_600, _staff, Now, 5_000);
        order.Issue!.ShouldSatisfyAllConditions(i => i.RefundFen.ShouldBe(1_600), i => i.CouponWithdrawnFen.ShouldBe(1_000));
        order.RefundedFen.ShouldBe(2_600);
    }

    private Order Paid(long points = 0)
    {
        var order = _data.Place(_data.NewCart((_data.Latte, 1)), points);
        var payment = Guid.NewGuid();
        order.AttachPayment(payment);
        order.MarkPaid(payment, Now);
        return order;
    }
}
