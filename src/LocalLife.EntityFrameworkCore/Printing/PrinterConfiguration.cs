using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Printing;

internal sealed class PrinterConfiguration : IEntityTypeConfiguration<Printer>
{
    public void Configure(EntityTypeBuilder<Printer> b)
    {
        b.ToTable("printers");
        b.ConfigureAggregate();
        b.Property(x => x.Name).HasMaxLength(64).IsRequired();
        b.Property(x => x.Address).HasMaxLength(128).IsRequired();
        b.Property(x => x.Connection).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Station).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.LastError).HasMaxLength(200);
        b.HasIndex(x => new { x.TenantId, x.StoreId });
    }
}

internal sealed class PrinterRepository(LocalLifeDbContext db) : IPrinterRepository
{
    public async Task<Printer> GetAsync(Guid id, CancellationToken ct) =>
        await db.Printers.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Printer), id);

    public async Task<IReadOnlyList<Printer>> GetByStoreAsync(Guid storeId, CancellationToken ct) =>
        await db.Printers.Where(x => x.StoreId == storeId).OrderBy(x => x.Name).ToListAsync(ct);

    public async Task InsertAsync(Printer printer, CancellationToken ct) => await db.Printers.AddAsync(printer, ct);
}
