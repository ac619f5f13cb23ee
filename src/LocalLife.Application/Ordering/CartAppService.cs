using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Loyalty;
using LocalLife.Marketing;
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
    private static readonly Task<IReadOnlyList<Guid>> Untouched = Task.FromResult<IReadOnlyList<Guid>>([]);

    public Task<CartDto> GetAsync(Guid spaceId, CancellationToken ct) => WithCartAsync(spaceId, create: false, (_, _, _) => Untouched, ct);

    public async Task<CartDto> AddAsync(Guid spaceId, AddCartLineDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        return await WithCartAsync(spaceId, create: true, async (cart, membership, now) =>
            [(await AddLineAsync(cart, membership, input.ProductId, input.Options, input.Quantity, Note(input.Note), now, ct)).Id], ct);
    }

    public async Task<CartDto> AddRecommendedAsync(Guid spaceId, AddRecommendedSetDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        return await WithCartAsync(spaceId, create: true, async (cart, membership, now) =>
        {
            var added = new List<Guid>();
            foreach (var id in input.ProductIds.Distinct())
            {
                var product = await products.GetAsync(id, ct);
                // A recommended product goes in with its defaults: the first option of each required group, a combo's first picks.
                var defaults = product.Combo?.DefaultPicks() ?? [.. product.Specs.Where(g => g.Required).Select(g => $"{g.Code}:{g.Options[0].Code}")];
                added.Add((await AddLineAsync(cart, membership, id, defaults, 1, null, now, ct)).Id);
            }
            return added;
        }, ct);
    }

    public async Task<CartDto> ChangeAsync(Guid spaceId, Guid lineId, ChangeCartLineDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        return await WithCartAsync(spaceId, create: false, async (cart, membership, now) =>
        {
            var line = cart.Lines.FirstOrDefault(l => l.Id == lineId) ?? throw new BusinessException(OrderingErrorCodes.CartLineNotFound).With("Line", lineId);
            if (input.Quantity == 0) { cart.Remove(lineId, now); return []; }
            var product = await products.GetAsync(line.ProductId, ct);
            CheckAvailable(product, input.Quantity + cart.Lines.Where(l => l.ProductId == product.Id && l.Id != lineId).Sum(l => l.Quantity));
            var unit = product.Combo is { } combo
                ? (await ComboAsync(product, combo, line.OptionCodes, input.Quantity, membership, now, ct)).UnitFen
                : product.UnitPrice(ProductSpecs.Resolve(product.Specs, line.OptionCodes), membership.MemberPrices, now).Charged;
            cart.Change(lineId, input.Quantity, unit, now);
            return [lineId];
        }, ct);
    }

    public Task<CartDto> RemoveAsync(Guid spaceId, Guid lineId, CancellationToken ct) =>
        WithCartAsync(spaceId, create: false, (cart, _, now) => { cart.Remove(lineId, now); return Untouched; }, ct);

    public Task<CartDto> ClearAsync(Guid spaceId, CancellationToken ct) =>
        WithCartAsync(spaceId, create: false, (cart, _, now) => { cart.Clear(now); return Untouched; }, ct);

    private async Task<CartLine> AddLineAsync(Cart cart, Membership membership, Guid productId, IReadOnlyList<string> optionCodes, int quantity, string? note, DateTimeOffset now,
        CancellationToken ct)
    {
        var product = await products.GetAsync(productId, ct);
        if (product.StoreId != cart.StoreId) throw new EntityNotFoundException(nameof(Product), productId);
        CheckAvailable(product, quantity + cart.Lines.Where(l => l.ProductId == product.Id).Sum(l => l.Quantity));
        if (product.Combo is { } combo)
        {
            var (picks, unitFen) = await ComboAsync(product, combo, optionCodes, quantity, membership, now, ct);
            return cart.AddCombo(product, picks, quantity, unitFen, note, now);
        }
        var options = ProductSpecs.Resolve(product.Specs, optionCodes);
        var (_, unit) = product.UnitPrice(options, membership.MemberPrices, now);
        return cart.Add(product, options, quantity, unit, note, now);
    }

    /// <summary>A combo's picks checked against its groups, what it is made of available in these quantities, and its unit price.</summary>
    private async Task<(IReadOnlyList<ComboPick> Picks, long UnitFen)> ComboAsync(Product product, ComboDefinition combo, IReadOnlyList<string> codes,
        int quantity, Membership membership, DateTimeOffset now, CancellationToken ct)
    {
        var parts = (await products.GetManyAsync([.. combo.ProductIds], ct)).ToDictionary(p => p.Id);
        var picks = combo.Resolve(codes, id => parts.TryGetValue(id, out var p) ? p.Details.Name : "?");
        foreach (var (productId, perCombo) in combo.Items.Select(i => (i.ProductId, i.Quantity)).Concat(picks.Select(p => (p.ProductId, p.Quantity))))
        {
            var part = parts.GetValueOrDefault(productId);
            if (part is null || !part.IsOrderable || part.Stock is { } left && left < perCombo * quantity)
                throw new BusinessException(MarketingErrorCodes.ComboComponentUnavailable).With("Name", part?.Details.Name ?? "?");
        }
        return (picks, product.ComboUnitPrice(picks, membership.MemberPrices, now).Charged);
    }

    private static void CheckAvailable(Product product, int wanted)
    {
        if (!product.IsOrderable) throw new BusinessException(OrderingErrorCodes.ProductUnavailable).With("Name", product.Details.Name);
        if (product.Stock is { } left && left < wanted)
            throw new BusinessException(OrderingErrorCodes.OutOfStock).With("Name", product.Details.Name).With("Left", left);
    }

    /// <summary>
    /// Runs a change on the customer's cart of this space (as the store's tenant) and answers the cart priced now. The lines
    /// the change touched take the price the customer sees now (an activity's, say); others keep theirs, so a price that
    /// moved since is shown as changed.
    /// </summary>
    private async Task<CartDto> WithCartAsync(Guid spaceId, bool create, Func<Cart, Membership, DateTimeOffset, Task<IReadOnlyList<Guid>>> change,
        CancellationToken ct)
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
            var touched = await change(cart, membership, now);
            var priced = await pricer.PriceAsync(cart, membership, ct);
            foreach (var line in priced.Where(p => touched.Contains(p.Line.Id) && p.Available && p.PriceChanged))
                cart.Change(line.Line.Id, line.Line.Quantity, line.UnitFen, now);
            var lines = cart.Lines.ToDictionary(l => l.Id);
            priced = [.. priced.Select(p => p with { Line = lines[p.Line.Id] })];
            await unitOfWork.SaveChangesAsync(ct);
            return cart.ToDto(priced);
        }
    }

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
