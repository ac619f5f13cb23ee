using LocalLife.BackgroundJobs;
using LocalLife.Bookings;
using LocalLife.Catalog;
using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Loyalty;
using LocalLife.MultiTenancy;
using LocalLife.Payments;
using LocalLife.Security;
using LocalLife.Spaces;
using Microsoft.Extensions.Options;

namespace LocalLife.Ordering;

/// <summary>
/// Checkout and the customer's orders. Placing one works as the store's tenant: in one transaction the order is
/// inserted, each product's stock taken by a conditional update (no overselling), the points redeemed and the cart
/// emptied; the payment is placed afterwards (never inside the transaction) and the payment timer scheduled.
/// </summary>
public sealed class CustomerOrderAppService(
    SpaceScan scan,
    ICartRepository carts,
    IOrderRepository orders,
    IProductRepository products,
    IBookingRepository bookings,
    CartPricer pricer,
    StockNotifier stockNotifier,
    OrderLifecycle lifecycle,
    IPointsRepository pointsRepository,
    PointsManager points,
    IPaymentAppService payments,
    IBackgroundJobScheduler jobs,
    IOptions<OrderingOptions> orderingOptions,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICustomerOrderAppService
{
    public async Task<OrderPreviewDto> PreviewAsync(PlaceOrderDto input, CancellationToken ct)
    {
        var (store, space) = await ResolveAsync(input, ct);
        using (currentTenant.Change(store.TenantId))
        {
            var (cart, priced) = await PricedCartAsync(space.Id, ct);
            var dto = CartPricer.ToDto(cart, priced);
            var (preview, pointsUsed, pointsFen, _) = await PointsAsync(dto.TotalFen, input.UsePoints, ct);
            return new OrderPreviewDto(dto, preview.Balance, preview.MaxPoints, pointsUsed, pointsFen, dto.TotalFen - pointsFen, preview.Allowed,
                clock.GetUtcNow().AddMinutes(dto.EstimatedPrepMinutes));
        }
    }

    public async Task<OrderPlacedDto> PlaceAsync(PlaceOrderDto input, CancellationToken ct)
    {
        var customerId = currentUser.GetId();
        var (store, space) = await ResolveAsync(input, ct);
        using (currentTenant.Change(store.TenantId))
        {
            var now = clock.GetUtcNow();
            if (!store.TakesOrdersAt(now)) throw new BusinessException(OrderingErrorCodes.StoreNotTakingOrders);
            var (cart, priced) = await PricedCartAsync(space.Id, ct);
            if (priced.Count == 0) throw new BusinessException(OrderingErrorCodes.CartEmpty);
            var total = priced.Where(p => p.Available).Sum(p => p.UnitFen * p.Line.Quantity);
            if (priced.Any(p => !p.Available)
                || (input.ExpectedTotalFen is { } expected ? expected != total : priced.Any(p => p.PriceChanged)))
                throw new BusinessException(OrderingErrorCodes.CartChanged, 409);

            var booking = await bookings.FindCheckedInAsync(space.Id, ct);
            var categories = (await products.GetCategoriesAsync(store.Id, ct)).ToDictionary(c => c.Id, c => c.Code);
            var orderId = Guid.CreateVersion7();
            var lines = priced.Select(p => new OrderLine(Guid.CreateVersion7(), store.TenantId!.Value, p.Product!, categories.GetValueOrDefault(p.Product!.CategoryId, "other"),
                p.Options, p.Line.Quantity, p.RegularUnitFen, p.UnitFen, p.Line.Note)).ToList();

            Order order;
            await using (var tx = await unitOfWork.BeginTransactionAsync(ct))
            {
                var (_, pointsUsed, pointsFen, vip) = await PointsAsync(total, input.UsePoints, ct);
                order = new Order(orderId, store.TenantId!.Value, store.Id, space.Id, space.Number, space.Details.Name, customerId, booking?.Id,
                    OrderNumbers.NewNumber(store.LocalTime(now)), lines, pointsUsed, pointsFen, Note(input.Note), vip ? OrderPriority.Vip : OrderPriority.Normal, now);
                if (pointsUsed > 0)
                    await points.RedeemAsync(customerId, pointsUsed, total, store.TenantId!.Value, PointsDocumentType.MenuOrder, order.Id.ToString(), order.RedeemKey, ct);
                await orders.InsertAsync(order, ct);
                cart.Clear(now);
                await unitOfWork.SaveChangesAsync(ct);
                // Stock last: a product's row stays locked from here to the commit, so buyers of a popular item queue as briefly as
                // possible; always in id order, so two orders of the same products cannot deadlock.
                var low = false;
                foreach (var group in priced.GroupBy(p => p.Product!).OrderBy(g => g.Key.Id))
                {
                    var quantity = group.Sum(p => p.Line.Quantity);
                    var taken = await products.TakeStockAsync(group.Key.Id, quantity, order.Id, ct);
                    if (!taken.Taken)
                        throw new BusinessException(OrderingErrorCodes.OutOfStock, 409).With("Name", group.Key.Details.Name).With("Left", taken.StockAfter ?? 0);
                    if (taken.StockAfter is { } left && left <= group.Key.StockWarning)
                    {
                        await stockNotifier.CheckAsync(group.Key, left, ct);
                        low = true;
                    }
                }
                if (low) await unitOfWork.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }

            if (order.Status == OrderStatus.Paid)
            {
                OrderJobs.ScheduleAfterPayment(jobs, order, orderingOptions.Value);
                return new OrderPlacedDto(order.ToDto(), null);
            }

            jobs.Schedule<ExpireUnpaidOrderJob, OrderJobArgs>(new(order.Id), order.PayBy);
            PaymentCreatedDto payment;
            try
            {
                payment = await payments.CreateAsync(new CreatePaymentDto
                {
                    Kind = PaymentKind.MenuOrder, BusinessOrderId = order.Id, CustomerId = customerId, AmountFen = order.CashFen,
                    Description = $"{store.Profile.Name} {space.Details.Name} 点单 {order.Number}".Truncate(120),
                }, ct);
            }
            catch (BusinessException)
            {
                // No payment could be placed: stock and points go back at once instead of being held 15 minutes.
                await lifecycle.CancelAsync(order.Id, "payment could not be started", customerId, o => o.Status == OrderStatus.Placed, CancellationToken.None);
                throw;
            }
            order.AttachPayment(payment.Payment.Id);
            await unitOfWork.SaveChangesAsync(ct);
            return new OrderPlacedDto(order.ToDto(), payment.RequestPayment);
        }
    }

    public async Task<PagedResultDto<OrderDto>> GetListAsync(GetMyOrdersInput input, CancellationToken ct)
    {
        var (items, total) = await orders.GetPageOfCustomerAsync(currentUser.GetId(), input.Status is { } s ? [s] : null, input.Skip, input.Take, ct);
        return new PagedResultDto<OrderDto>(items.Select(o => o.ToDto()).ToList(), total);
    }

    public async Task<OrderDto> GetAsync(Guid id, CancellationToken ct) => (await GetOwnAsync(id, ct)).ToDto();

    public async Task<OrderDto> ConfirmReceiptAsync(Guid id, CancellationToken ct)
    {
        var order = await GetOwnAsync(id, ct);
        using (currentTenant.Change(order.TenantId))
        {
            if (order.Status != OrderStatus.Delivered && order.Status != OrderStatus.Completed)
                throw new BusinessException(OrderingErrorCodes.IllegalTransition, 409).With("From", order.Status).With("To", OrderStatus.Completed);
            return (await lifecycle.CompleteAsync(order.Id, currentUser.GetId(), ct)).ToDto();
        }
    }

    /// <summary>The customer may cancel until the merchant accepts: unpaid (nothing to refund) or paid (refunded in full).</summary>
    public async Task<OrderDto> CancelAsync(Guid id, CancellationToken ct)
    {
        var order = await GetOwnAsync(id, ct);
        using (currentTenant.Change(order.TenantId))
        {
            if (order.Status is not (OrderStatus.Placed or OrderStatus.Paid or OrderStatus.Cancelled))
                throw new BusinessException(OrderingErrorCodes.IllegalTransition, 409).With("From", order.Status).With("To", OrderStatus.Cancelled);
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

    private async Task<(Cart Cart, IReadOnlyList<PricedLine> Lines)> PricedCartAsync(Guid spaceId, CancellationToken ct)
    {
        var cart = await carts.FindAsync(currentUser.GetId(), spaceId, ct);
        if (cart is null || cart.Lines.Count == 0) throw new BusinessException(OrderingErrorCodes.CartEmpty);
        return (cart, await pricer.PriceAsync(cart, ct));
    }

    /// <summary>What points may pay, and whether the customer's member level has the priority perk (their orders are VIP).</summary>
    private async Task<(RedemptionPreview Preview, long PointsUsed, long PointsFen, bool Vip)> PointsAsync(long totalFen, bool usePoints, CancellationToken ct)
    {
        var settings = await pointsRepository.GetSettingsAsync(ct);
        var account = await pointsRepository.FindAccountAsync(currentUser.GetId(), ct);
        var preview = PointsManager.Preview(settings, account?.Balance ?? 0, PointsDocumentType.MenuOrder, totalFen);
        var vip = settings.LevelFor(account?.CumulativeSpendFen ?? 0).PriorityBooking;
        return usePoints && preview is { Allowed: true, MaxPoints: > 0 } ? (preview, preview.MaxPoints, preview.MaxOffsetFen, vip) : (preview, 0, 0, vip);
    }

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
