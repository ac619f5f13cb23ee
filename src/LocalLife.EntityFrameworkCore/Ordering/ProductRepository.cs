using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Ordering;

internal sealed class ProductRepository(LocalLifeDbContext db, TimeProvider clock) : IProductRepository
{
    public async Task<ProductCategory> GetCategoryAsync(Guid id, CancellationToken ct) =>
        await db.ProductCategories.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(ProductCategory), id);

    public async Task<IReadOnlyList<ProductCategory>> GetCategoriesAsync(Guid storeId, CancellationToken ct) =>
        await db.ProductCategories.Where(x => x.StoreId == storeId).OrderBy(x => x.Sort).ThenBy(x => x.Code).ToListAsync(ct);

    public Task<bool> CategoryHasProductsAsync(Guid categoryId, CancellationToken ct) => db.Products.AnyAsync(x => x.CategoryId == categoryId, ct);

    public async Task InsertCategoryAsync(ProductCategory category, CancellationToken ct) => await db.ProductCategories.AddAsync(category, ct);

    public void DeleteCategory(ProductCategory category) => db.ProductCategories.Remove(category);

    public async Task<Product> GetAsync(Guid id, CancellationToken ct) =>
        await db.Products.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Product), id);

    public async Task<IReadOnlyList<Product>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await db.Products.Where(x => ids.Contains(x.Id)).ToListAsync(ct);

    public async Task<IReadOnlyList<Product>> GetListAsync(Guid storeId, Guid? categoryId, string? keyword, bool tracked, CancellationToken ct)
    {
        var q = db.Products.Where(x => x.StoreId == storeId);
        if (!tracked) q = q.AsNoTracking();
        if (categoryId is { } category) q = q.Where(x => x.CategoryId == category);
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            var like = "%" + keyword.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            q = q.Where(x => EF.Functions.ILike(x.Details.Name, like) || EF.Functions.ILike(x.Details.NameEn ?? "", like)
                             || EF.Functions.ILike(x.Details.Description ?? "", like));
        }
        return await q.OrderBy(x => x.Details.Sort).ThenBy(x => x.Details.Name).ToListAsync(ct);
    }

    public async Task InsertAsync(Product product, CancellationToken ct) => await db.Products.AddAsync(product, ct);

    public void Delete(Product product) => db.Products.Remove(product);

    public async Task<StockTake> TakeStockAsync(Guid productId, int quantity, Guid orderId, CancellationToken ct)
    {
        // One statement: the conditional decrement and its movement. Concurrent buyers queue on the row lock, and each
        // sees the stock the previous one left, so the last unit is sold once.
        var taken = await db.Database.SqlQuery<StockRow>($"""
            WITH taken AS (
                UPDATE products SET stock = stock - {quantity}
                WHERE id = {productId} AND stock IS NOT NULL AND stock >= {quantity} AND is_deleted = false
                RETURNING id, tenant_id, store_id, stock, stock_warning)
            INSERT INTO stock_movements (id, tenant_id, store_id, product_id, kind, delta, stock_after, order_id, at)
            SELECT {Guid.CreateVersion7()}, tenant_id, store_id, id, 'Sale', {-quantity}, stock, {orderId}, {clock.GetUtcNow()} FROM taken
            RETURNING stock_after AS "Stock", (SELECT stock_warning FROM taken) AS "Warning"
            """).ToListAsync(ct);
        if (taken.Count == 1) return new StockTake(true, taken[0].Stock, taken[0].Warning);
        var current = await db.Products.AsNoTracking().Where(x => x.Id == productId).Select(x => new { x.Stock, x.StockWarning }).FirstOrDefaultAsync(ct);
        return current is { Stock: null } ? new StockTake(true, null, current.StockWarning) : new StockTake(false, current?.Stock, current?.StockWarning ?? 0);
    }

    public async Task<int?> AddStockAsync(Guid productId, int delta, StockMovementKind kind, Guid? orderId, Guid? byUserId, string? note, CancellationToken ct)
    {
        // Adjust sets the count: delta is the new stock there; others add.
        var rows = await db.Database.SqlQuery<StockRow>($"""
            WITH before AS (SELECT id, stock FROM products WHERE id = {productId} AND stock IS NOT NULL FOR UPDATE),
            changed AS (
                UPDATE products p SET stock = CASE WHEN {kind == StockMovementKind.Adjust} THEN {delta} ELSE p.stock + {delta} END
                FROM before WHERE p.id = before.id
                RETURNING p.id, p.tenant_id, p.store_id, p.stock, p.stock_warning, p.stock - before.stock AS moved)
            INSERT INTO stock_movements (id, tenant_id, store_id, product_id, kind, delta, stock_after, order_id, by_user_id, note, at)
            SELECT {Guid.CreateVersion7()}, tenant_id, store_id, id, {kind.ToString()}, moved, stock, {orderId}, {byUserId}, {note}, {clock.GetUtcNow()} FROM changed
            RETURNING stock_after AS "Stock", (SELECT stock_warning FROM changed) AS "Warning"
            """).ToListAsync(ct);
        return rows.Count == 1 ? rows[0].Stock : null;
    }

    public Task ReloadAsync(Product product, CancellationToken ct) => db.Entry(product).ReloadAsync(ct);

    public async Task<IReadOnlyList<StockMovement>> GetMovementsAsync(Guid productId, int take, CancellationToken ct) =>
        await db.StockMovements.AsNoTracking().Where(x => x.ProductId == productId).OrderByDescending(x => x.At).ThenByDescending(x => x.Id).Take(take)
            .ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, int>> GetSalesSinceAsync(Guid storeId, DateTimeOffset since, CancellationToken ct)
    {
        var counted = new[] { OrderStatus.Paid, OrderStatus.Accepted, OrderStatus.Preparing, OrderStatus.Delivering, OrderStatus.Delivered, OrderStatus.Completed };
        return await db.Orders.AsNoTracking()
            .Where(o => o.StoreId == storeId && o.PlacedAt >= since && counted.Contains(o.Status))
            .SelectMany(o => o.Lines)
            .GroupBy(l => l.ProductId)
            .Select(g => new { g.Key, Quantity = g.Sum(l => l.Quantity) })
            .ToDictionaryAsync(x => x.Key, x => x.Quantity, ct);
    }

    private sealed record StockRow(int Stock, int Warning);
}
