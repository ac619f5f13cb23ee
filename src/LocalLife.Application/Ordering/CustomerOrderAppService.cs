using LocalLife.BackgroundJobs;
using LocalLife.Bookings;
using LocalLife.Catalog;
using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Loyalty;
using LocalLife.Marketing;
using LocalLife.MultiTenancy;
using LocalLife.Payments;
using LocalLife.Security;
using LocalLife.Spaces;
using LocalLife.Validation;
using Microsoft.Extensions.Options;

namespace LocalLife.Ordering;

/// <summary>
/// Checkout and the customer's orders. Placing one works as the store's tenant: the order manager checks the cart
/// against the store and what the customer saw, the checkout quotes it (points if asked); in one transaction the order
/// is inserted, the points redeemed, the cart emptied and each product's stock taken last by a conditional update (no
/// overselling); the payment is started afterwards through the checkout (never inside the transaction).
/// </summary>
public sealed class CustomerOrderAppService(
    SpaceScan scan,
    ICartRepository carts,
    IOrderRepository orders,
    IProductRepository products,
    IBookingRepository bookings,
    CartPricer pricer,
    OrderManager manager,
    StockNotifier stockNotifier,
    OrderLifecycle lifecycle,
    PointsManager points,
    Checkout checkout,
    CheckoutDiscounts discounts,
    IActivityRepository activityRepository,
    IBackgroundJobScheduler jobs,
    IOptions<OrderingOptions> orderingOptions,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    InputValidation inputValidation) : ICustomerOrderAppService
{
    public async Task<OrderPreviewDto> PreviewAsync(PlaceOrderDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var (store, space) = await ResolveAsync(input, ct);
        using (currentTenant.Change(store.TenantId))
        {
            var now = clock.GetUtcNow();
            var (settings, membership) = await points.GetMembershipAsync(currentUser.GetId(), ct);
            var (cart, priced, activities) = await PricedCartAsync(space.Id, membership, ct);
            var dto = cart.ToDto(priced);
            var available = priced.Where(p => p.Available).ToList();
            var categories = await CategoryCodesAsync(store, ct);
            var coupons = await discounts.JudgeAsync(currentUser.GetId(), CouponUse.Orders, store.TenantId!.Value, store.Id, store.LocalTime(now),
                OrderManager.CouponLines(available, categories), new CouponChoice(input.CouponId, PickBest: input.NoCoupon != true), activities, ct);
            var quote = PayableQuote.For(dto.TotalFen, coupons.DiscountFen, settings, membership.PointsBalance, PointsDocumentType.MenuOrder, input.UsePoints);
            return new OrderPreviewDto(dto, quote.Points.Balance, quote.Points.MaxPoints, quote.Amount.PointsUsed, quote.Amount.PointsFen, quote.Amount.CashFen,
                quote.Points.Allowed, now.AddMinutes(dto.EstimatedPrepMinutes), quote.Amount.DiscountFen, coupons.Chosen?.Coupon.Id,
                [.. coupons.Offers.Select(o => o.ToDto(now))]);
        }
    }

    public async Task<OrderPlacedDto> PlaceAsync(PlaceOrderDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var customerId = currentUser.GetId();
        var (store, space) = await ResolveAsync(input, ct);
        using (currentTenant.Change(store.TenantId))
        {
            var now = clock.GetUtcNow();
            var (settings, membership) = await points.GetMembershipAsync(customerId, ct);
            var (cart, priced, activities) = await PricedCartAsync(space.Id, membership, ct);
            var itemsFen = manager.CheckOut(store, priced, input.ExpectedTotalFen, now);
            var booking = await bookings.FindCheckedInAsync(space.Id, ct);
            var categories = await CategoryCodesAsync(store, ct);
            var coupons = await discounts.JudgeAsync(customerId, CouponUse.Orders, store.TenantId!.Value, store.Id, store.LocalTime(now),
                OrderManager.CouponLines(priced, categories), new CouponChoice(input.CouponId, PickBest: false), activities, ct);

            Order order;
            await using (var tx = await unitOfWork.BeginTransactionAsync(ct))
            {
                var quote = PayableQuote.For(itemsFen, coupons.DiscountFen, settings, membership.PointsBalance, PointsDocumentType.MenuOrder, input.UsePoints);
                order = manager.Create(store, space, customerId, membership, booking?.Id, priced, categories, quote.Amount, coupons.ForOrder,
                    Note(input.Note), now);
                await checkout.BeginAsync(order, PointsDocumentType.MenuOrder, coupons, ct);
                await TakeActivityUnitsAsync(order, priced, ct);
                await orders.InsertAsync(order, ct);
                cart.Clear(now);
                await unitOfWork.SaveChangesAsync(ct);
                await TakeStockAsync(order, priced, ct);
                await tx.CommitAsync(ct);
            }

            if (order.Status == OrderStatus.Paid)
            {
                OrderJobs.ScheduleAfterPayment(jobs, order, orderingOptions.Value);
                return new OrderPlacedDto(order.ToDto(), null);
            }

            jobs.Schedule<ExpireUnpaidOrderJob, OrderJobArgs>(new(order.Id), order.PayBy);
            var payment = await checkout.StartPaymentAsync(order, $"{store.Profile.Name} {space.Details.Name} 点单 {order.Number}", ct);
            return new OrderPlacedDto(order.ToDto(), payment.RequestPayment);
        }
    }

    /// <summary>
    /// Stock last: a product's row stays locked from here to the commit, so buyers of a popular item queue as briefly as
    /// possible; in product id order, so two orders of the same products cannot deadlock. Not enough left refuses (409).
    /// </summary>
    private async Task TakeStockAsync(Order order, IReadOnlyList<PricedLine> priced, CancellationToken ct)
    {
        var low = false;
        var involved = priced.SelectMany(p => p.Components.Select(c => c.Product).Prepend(p.Product!)).DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        foreach (var (productId, quantity) in order.StockUnits())
        {
            var product = involved[productId];
            var taken = await products.TakeStockAsync(productId, quantity, order.Id, ct);
            if (!taken.Taken)
                throw new BusinessException(OrderingErrorCodes.OutOfStock).With("Name", product.Details.Name).With("Left", taken.StockAfter ?? 0);
            if (taken.StockAfter is { } left && left <= product.StockWarning)
            {
                await stockNotifier.CheckAsync(product, left, ct);
                low = true;
            }
        }
        if (low) await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<PagedResultDto<OrderDto>> GetListAsync(GetMyOrdersInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var (items, total) = await orders.GetPageOfCustomerAsync(currentUser.GetId(), input.Status is { } s ? [s] : null, input.Skip, input.Take, ct);
        return new PagedResultDto<OrderDto>(items.Select(o => o.ToDto()).ToList(), total);
    }

    public async Task<OrderDto> GetAsync(Guid id, CancellationToken ct) => (await GetOwnAsync(id, ct)).ToDto();

    public async Task<OrderDto> ConfirmReceiptAsync(Guid id, CancellationToken ct)
    {
        var order = await GetOwnAsync(id, ct);
        using (currentTenant.Change(order.TenantId))
        {
            order.CheckCompletable();
            return (await lifecycle.CompleteAsync(order.Id, currentUser.GetId(), ct)).ToDto();
        }
    }

    /// <summary>The customer may cancel until the merchant accepts: unpaid (nothing to refund) or paid (refunded in full).</summary>
    public async Task<OrderDto> CancelAsync(Guid id, CancellationToken ct)
    {
        var order = await GetOwnAsync(id, ct);
        using (currentTenant.Change(order.TenantId))
        {
            order.CheckCancellable(byCustomer: true);
            var cancelled = await lifecycle.CancelAsync(order.Id, "cancelled by the customer", currentUser.GetId(),
                o => o.Status is OrderStatus.Placed or OrderStatus.Paid, ct);
            return cancelled.ToDto();
        }
    }

    private async Task<Order> GetOwnAsync(Guid id, CancellationToken ct) =>
        await orders.FindOfCustomerAsync(id, currentUser.GetId(), ct) ?? throw new EntityNotFoundException(nameof(Order), id);

    /// <summary>The scanned QR must name the space being ordered to.</summary>
    private async Task<(Store Store, Space Space)> ResolveAsync(PlaceOrderDto input, CancellationToken ct)
    {
        var (store, space) = await scan.ResolveAsync(input.QrToken, ct);
        if (space.Id != input.SpaceId) throw new BusinessException(OrderingErrorCodes.SpaceNotOrderable);
        return (store, space);
    }

    private async Task<IReadOnlyDictionary<Guid, string>> CategoryCodesAsync(Store store, CancellationToken ct) =>
        (await products.GetCategoriesAsync(store.Id, ct)).ToDictionary(c => c.Id, c => c.Code);

    private async Task<(Cart Cart, IReadOnlyList<PricedLine> Lines, StoreActivities Activities)> PricedCartAsync(Guid spaceId, Membership membership,
        CancellationToken ct)
    {
        var cart = await carts.FindAsync(currentUser.GetId(), spaceId, ct);
        if (cart is null || cart.Lines.Count == 0) throw new BusinessException(OrderingErrorCodes.CartEmpty);
        var (lines, activities) = await pricer.PriceWithActivitiesAsync(cart, membership, ct);
        return (cart, lines, activities);
    }

    /// <summary>Units sold at activity prices count against the activities' limits, in the order's transaction (racing buyers queue).</summary>
    private async Task TakeActivityUnitsAsync(Order order, IReadOnlyList<PricedLine> priced, CancellationToken ct)
    {
        foreach (var group in priced.Where(p => p.Activity is not null).GroupBy(p => (p.Activity!.ActivityId, p.Product!.Id)))
        {
            var offer = group.First().Activity!;
            if (!await activityRepository.TryTakeAsync(offer.ActivityId, group.Key.Id, order.CustomerId, group.Sum(p => p.Line.Quantity), offer.PerCustomerLimit,
                    offer.TotalLimit, ct))
                throw new BusinessException(MarketingErrorCodes.ActivityLimitReached).With("Name", group.First().Product!.Details.Name);
        }
    }

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
