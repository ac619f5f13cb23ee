using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Loyalty;
using LocalLife.MultiTenancy;
using LocalLife.Security;
using LocalLife.Validation;

namespace LocalLife.Ordering;

/// <summary>The customer's cart for one space, on the server, priced live for them (their member level) on every read.</summary>
public sealed class CartAppService(
    CustomerVisibility visibility,
    ICartRepository carts,
    IProductRepository products,
    CartPricer pricer,
    PointsManager points,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    InputValidation inputValidation) : ICartAppService
{
    public Task<CartDto> GetAsync(Guid spaceId, CancellationToken ct) => WithCartAsync(spaceId, create: false, (_, _, _) => Task.CompletedTask, ct);

    public async Task<CartDto> AddAsync(Guid spaceId, AddCartLineDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        return await WithCartAsync(spaceId, create: true, async (cart, membership, now) => await AddLineAsync(cart, membership, input.ProductId, input.Options, input.Quantity, Note(input.Note), now, ct), ct);
    }

    public async Task<CartDto> AddRecommendedAsync(Guid spaceId, AddRecommendedSetDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        return await WithCartAsync(spaceId, create: true, async (cart, membership, now) =>
        {
            foreach (var id in input.ProductIds.Distinct())
            {
                var product = await products.GetAsync(id, ct);
                // A recommended product goes in with its default options: the first option of each required group.
                var defaults = product.Specs.Where(g => g.Required).Select(g => $"{g.Code}:{g.Options[0].Code}").ToList();
                await AddLineAsync(cart, membership, id, defaults, 1, null, now, ct);
            }
        }, ct);
    }

    public async Task<CartDto> ChangeAsync(Guid spaceId, Guid lineId, ChangeCartLineDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        return await WithCartAsync(spaceId, create: false, async (cart, membership, now) =>
        {
            var line = cart.Lines.FirstOrDefault(l => l.Id == lineId) ?? throw new BusinessException(OrderingErrorCodes.CartLineNotFound).With("Line", lineId);
            if (input.Quantity == 0) { cart.Remove(lineId, now); return; }
            var product = await products.GetAsync(line.ProductId, ct);
            CheckAvailable(product, input.Quantity + cart.Lines.Where(l => l.ProductId == product.Id && l.Id != lineId).Sum(l => l.Quantity));
            var (_, unit) = product.UnitPrice(ProductSpecs.Resolve(product.Specs, line.OptionCodes), membership.MemberPrices, now);
            cart.Change(lineId, input.Quantity, unit, now);
        }, ct);
    }

    public Task<CartDto> RemoveAsync(Guid spaceId, Guid lineId, CancellationToken ct) =>
        WithCartAsync(spaceId, create: false, (cart, _, now) => { cart.Remove(lineId, now); return Task.CompletedTask; }, ct);

    public Task<CartDto> ClearAsync(Guid spaceId, CancellationToken ct) =>
        WithCartAsync(spaceId, create: false, (cart, _, now) => { cart.Clear(now); return Task.CompletedTask; }, ct);

    private async Task AddLineAsync(Cart cart, Membership membership, Guid productId, IReadOnlyList<string> optionCodes, int quantity, string? note, DateTimeOffset now,
        CancellationToken ct)
    {
        var product = await products.GetAsync(productId, ct);
        if (product.StoreId != cart.StoreId) throw new EntityNotFoundException(nameof(Product), productId);
        CheckAvailable(product, quantity + cart.Lines.Where(l => l.ProductId == product.Id).Sum(l => l.Quantity));
        var options = ProductSpecs.Resolve(product.Specs, optionCodes);
        var (_, unit) = product.UnitPrice(options, membership.MemberPrices, now);
        cart.Add(product, options, quantity, unit, note, now);
    }

    private static void CheckAvailable(Product product, int wanted)
    {
        if (!product.IsOrderable) throw new BusinessException(OrderingErrorCodes.ProductUnavailable).With("Name", product.Details.Name);
        if (product.Stock is { } left && left < wanted)
            throw new BusinessException(OrderingErrorCodes.OutOfStock).With("Name", product.Details.Name).With("Left", left);
    }

    /// <summary>Runs a change on the customer's cart of this space (as the store's tenant) and answers the cart priced now.</summary>
    private async Task<CartDto> WithCartAsync(Guid spaceId, bool create, Func<Cart, Membership, DateTimeOffset, Task> change, CancellationToken ct)
    {
        var (store, space) = await visibility.GetSpaceAsync(spaceId, ct);
        using (currentTenant.Change(store.TenantId))
        {
            var now = clock.GetUtcNow();
            var (_, membership) = await points.GetMembershipAsync(currentUser.GetId(), ct);
            var cart = await carts.FindAsync(currentUser.GetId(), space.Id, ct);
            if (cart is null)
            {
                cart = new Cart(Guid.CreateVersion7(), store.TenantId!.Value, store.Id, space.Id, currentUser.GetId(), now);
                if (!create) return cart.ToDto([]);
                await carts.InsertAsync(cart, ct);
            }
            await change(cart, membership, now);
            await unitOfWork.SaveChangesAsync(ct);
            return cart.ToDto(await pricer.PriceAsync(cart, membership, ct));
        }
    }

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
