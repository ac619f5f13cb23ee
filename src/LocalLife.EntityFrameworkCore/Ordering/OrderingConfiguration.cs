using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Ordering;

internal sealed class ProductCategoryConfiguration : IEntityTypeConfiguration<ProductCategory>
{
    public const string CodeIndex = "ux_product_categories_store_code";

    public void Configure(EntityTypeBuilder<ProductCategory> b)
    {
        b.ToTable("product_categories");
        b.ConfigureAggregate();
        b.Property(x => x.Code).HasMaxLength(32).IsRequired();
        b.Property(x => x.NameZhHans).HasMaxLength(OrderingConsts.MaxNameLength).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(OrderingConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Station).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.StoreId, x.Code }).IsUnique().HasFilter("is_deleted = false").HasDatabaseName(CodeIndex);
        b.HasIndex(x => new { x.TenantId, x.StoreId });
    }
}

/// <summary>The database's share of the stock rule: a counted stock is never below zero, whatever the code did.</summary>
internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Property(x => x.Combo).HasJsonConversion();
        b.ToTable("products", t =>
        {
            t.HasCheckConstraint("ck_products_stock_not_negative", "stock IS NULL OR stock >= 0");
            t.HasCheckConstraint("ck_products_price_not_negative", "price_fen >= 0");
        });
        b.ConfigureAggregate();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Station).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Specs).HasJsonConversion();
        b.Ignore(x => x.IsSoldOut);
        b.Ignore(x => x.IsOrderable);
        b.ComplexProperty(x => x.Details, d =>
        {
            d.Property(x => x.Name).HasColumnName("name").HasMaxLength(OrderingConsts.MaxNameLength).IsRequired();
            d.Property(x => x.NameEn).HasColumnName("name_en").HasMaxLength(OrderingConsts.MaxNameLength);
            d.Property(x => x.Description).HasColumnName("description").HasMaxLength(1000);
            d.Property(x => x.Images).HasColumnName("images").HasJsonConversion();
            d.Property(x => x.Tags).HasColumnName("tags").HasJsonConversion();
            d.Property(x => x.PrepMinutes).HasColumnName("prep_minutes");
            d.Property(x => x.Station).HasColumnName("own_station").HasConversion<string>().HasMaxLength(16);
            d.Property(x => x.Recommended).HasColumnName("recommended");
            d.Property(x => x.Sort).HasColumnName("sort");
        });
        b.ComplexProperty(x => x.Prices, p =>
        {
            p.Property(x => x.PriceFen).HasColumnName("price_fen");
            p.Property(x => x.OriginalPriceFen).HasColumnName("original_price_fen");
            p.Property(x => x.MemberPriceFen).HasColumnName("member_price_fen");
            p.Property(x => x.PromotionPriceFen).HasColumnName("promotion_price_fen");
            p.Property(x => x.PromotionEndsAt).HasColumnName("promotion_ends_at");
        });
        b.HasIndex(x => new { x.TenantId, x.StoreId, x.CategoryId });
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> b)
    {
        b.ToTable("stock_movements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(200);
        b.HasIndex(x => new { x.ProductId, x.At });
    }
}

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> b)
    {
        b.ToTable("carts");
        b.ConfigureAggregate();
        b.Property(x => x.Lines).HasJsonConversion();
        b.HasIndex(x => new { x.CustomerId, x.SpaceId }).IsUnique();
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.ToTable("orders", t =>
        {
            t.HasCheckConstraint("ck_orders_amounts", PayableAmountColumns.Check("total_fen"));
            t.HasCheckConstraint("ck_orders_refund_within_cash", "refunded_fen >= 0 AND refunded_fen <= cash_fen AND cancel_refund_fen BETWEEN 0 AND refunded_fen");
        });
        b.ConfigureAggregate();
        b.ComplexProperty(x => x.Amount, a => a.MapPayableAmount("total_fen"));
        b.Property(x => x.Discounts).HasJsonConversion();
        b.Property(x => x.Number).HasMaxLength(16).IsRequired();
        b.Property(x => x.SpaceNumber).HasMaxLength(32).IsRequired();
        b.Property(x => x.SpaceName).HasMaxLength(64).IsRequired();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Priority).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(OrderingConsts.MaxNoteLength);
        b.Property(x => x.CancelReason).HasMaxLength(256);
        b.Property(x => x.Issue).HasJsonConversion();
        b.Property(x => x.Timeline).HasJsonConversion();
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.TenantId, x.StoreId, x.Status, x.PlacedAt });
        b.HasIndex(x => new { x.CustomerId, x.PlacedAt });
        b.HasIndex(x => x.BookingId);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.ToTable("order_lines", t =>
        {
            t.HasCheckConstraint("ck_order_lines_quantity", "quantity > 0");
            t.HasCheckConstraint("ck_order_lines_discount", "discount_fen >= 0 AND discount_fen <= unit_price_fen * quantity");
        });
        b.Ignore(x => x.AmountFen);
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(OrderingConsts.MaxNameLength).IsRequired();
        b.Property(x => x.CategoryCode).HasMaxLength(32).IsRequired();
        b.Property(x => x.Options).HasJsonConversion();
        b.Property(x => x.Components).HasJsonConversion();
        b.Property(x => x.PicksText).HasMaxLength(OrderingConsts.MaxNameLength * 4);
        b.Property(x => x.Station).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(OrderingConsts.MaxNoteLength);
        b.HasIndex(x => x.ProductId);
    }
}
