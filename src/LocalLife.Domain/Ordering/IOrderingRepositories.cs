namespace LocalLife.Ordering;

public interface IProductRepository
{
    Task<ProductCategory> GetCategoryAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<ProductCategory>> GetCategoriesAsync(Guid storeId, CancellationToken ct);
    Task<bool> CategoryHasProductsAsync(Guid categoryId, CancellationToken ct);
    Task InsertCategoryAsync(ProductCategory category, CancellationToken ct);
    void DeleteCategory(ProductCategory category);

    Task<Product> GetAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<Product>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>Products of a store, optionally of one category or matching a keyword (name, description, tags).</summary>
    Task<IReadOnlyList<Product>> GetListAsync(Guid storeId, Guid? categoryId, string? keyword, bool tracked, CancellationToken ct);

    Task InsertAsync(Product product, CancellationToken ct);
    void Delete(Product product);

    /// <summary>
    /// Takes <paramref name="quantity"/> units in one conditional update (stock ≥ quantity) and records the sale; false
    /// when there are not enough. Products whose stock is not counted always succeed. Runs in the caller's transaction.
    /// </summary>
    Task<StockTake> TakeStockAsync(Guid productId, int quantity, Guid orderId, CancellationToken ct);

    /// <summary>Adds units back (a cancelled order, a replenishment) or sets the count (adjustment); null when not counted.</summary>
    Task<int?> AddStockAsync(Guid productId, int delta, StockMovementKind kind, Guid? orderId, Guid? byUserId, string? note, CancellationToken ct);

    /// <summary>Reads the product again (after a stock statement changed its row).</summary>
    Task ReloadAsync(Product product, CancellationToken ct);

    Task<IReadOnlyList<StockMovement>> GetMovementsAsync(Guid productId, int take, CancellationToken ct);

    /// <summary>Units sold per product of a store in paid orders since a moment (what sells now).</summary>
    Task<IReadOnlyDictionary<Guid, int>> GetSalesSinceAsync(Guid storeId, DateTimeOffset since, CancellationToken ct);
}

/// <summary>The result of taking stock: whether it succeeded, and the count left (null: not counted).</summary>
public sealed record StockTake(bool Taken, int? StockAfter, int StockWarning);

public interface ICartRepository
{
    Task<Cart?> FindAsync(Guid customerId, Guid spaceId, CancellationToken ct);
    Task InsertAsync(Cart cart, CancellationToken ct);
}

public interface IOrderRepository
{
    Task<Order> GetAsync(Guid id, CancellationToken ct);
    Task<Order?> FindAsync(Guid id, CancellationToken ct);
    Task<(IReadOnlyList<Order> Items, int Total)> GetPageAsync(OrderQuery query, int skip, int take, CancellationToken ct);

    /// <summary>What a booking's orders came to (<see cref="Order.SpendFen"/> of every order paid and not cancelled), summed in the database.</summary>
    Task<long> GetSpendOfBookingAsync(Guid bookingId, CancellationToken ct);

    /// <summary>A customer's orders at every merchant, newest first. Read-only, on the reader.</summary>
    Task<(IReadOnlyList<Order> Items, int Total)> GetPageOfCustomerAsync(Guid customerId, IReadOnlyList<OrderStatus>? statuses, int skip, int take,
        CancellationToken ct);

    /// <summary>The customer's order at whichever merchant; null when absent or someone else's. Read-only, on the reader.</summary>
    Task<Order?> FindOfCustomerAsync(Guid id, Guid customerId, CancellationToken ct);

    /// <summary>Orders (not cancelled) an activity discounted, and the discount it gave them, summed in the database.</summary>
    Task<(int Orders, long DiscountFen)> GetActivityDiscountsAsync(Guid activityId, CancellationToken ct);

    Task InsertAsync(Order order, CancellationToken ct);
}

/// <summary>Filters of an order list; null means any.</summary>
public sealed record OrderQuery(
    Guid? CustomerId = null,
    Guid? StoreId = null,
    Guid? SpaceId = null,
    Guid? BookingId = null,
    IReadOnlyList<OrderStatus>? Statuses = null,
    DateTimeOffset? PlacedFrom = null,
    DateTimeOffset? PlacedTo = null);
