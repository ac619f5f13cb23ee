using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Catalog;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.ToTable("categories");
        b.ConfigureAggregate();
        b.Property(c => c.Code).HasMaxLength(CategoryConsts.MaxCodeLength).IsRequired();
        b.ComplexProperty(c => c.Name, n =>
        {
            n.Property(x => x.ZhHans).HasColumnName("name_zh_hans").HasMaxLength(CategoryConsts.MaxNameLength).IsRequired();
            n.Property(x => x.En).HasColumnName("name_en").HasMaxLength(CategoryConsts.MaxNameLength).IsRequired();
        });
        b.Property(c => c.Icon).HasMaxLength(CategoryConsts.MaxIconLength);
        b.Property(c => c.Description).HasMaxLength(CategoryConsts.MaxDescriptionLength);
        b.Property(c => c.SpaceTypes).HasJsonConversion();
        b.Property(c => c.ProductCategories).HasJsonConversion();
        b.HasIndex(c => c.Code).IsUnique();
    }
}
