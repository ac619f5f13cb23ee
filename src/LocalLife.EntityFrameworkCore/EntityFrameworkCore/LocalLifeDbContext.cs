using System.Linq.Expressions;
using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Payments;
using LocalLife.Security;
using LocalLife.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.EntityFrameworkCore;

/// <summary>
/// The one DbContext and unit of work. The tenant filter reads properties of the context (<see cref="CurrentTenantId"/>),
/// which EF turns into query parameters, so no tenant is frozen into the cached model. It cannot be turned off: only the
/// <see cref="CrossTenantReader"/>'s context, on a role that may read every tenant and write nothing, reads past it.
/// Soft-deleted rows are left out unless a query ignores <see cref="SoftDeleteFilter"/> by name.
/// </summary>
public class LocalLifeDbContext(
    DbContextOptions<LocalLifeDbContext> options,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider clock,
    IServiceProvider services)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IUnitOfWork
{
    public const string TenantFilter = "Tenant";
    public const string SoftDeleteFilter = "SoftDelete";

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Store> Stores => Set<Store>();
    public DbSet<Spaces.Space> Spaces => Set<Spaces.Space>();
    public DbSet<Spaces.SpaceStatusRecord> SpaceStatusHistory => Set<Spaces.SpaceStatusRecord>();
    public DbSet<Loyalty.RebateRule> RebateRules => Set<Loyalty.RebateRule>();
    public DbSet<Media.Video> Videos => Set<Media.Video>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxRecord> InboxRecords => Set<InboxRecord>();
    public DbSet<DeadLetter> DeadLetters => Set<DeadLetter>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<PaymentRefund> PaymentRefunds => Set<PaymentRefund>();
    public DbSet<PaymentSettings> PaymentSettings => Set<PaymentSettings>();
    public DbSet<Bookings.Booking> Bookings => Set<Bookings.Booking>();
    public DbSet<Ordering.ProductCategory> ProductCategories => Set<Ordering.ProductCategory>();
    public DbSet<Ordering.Product> Products => Set<Ordering.Product>();
    public DbSet<Ordering.StockMovement> StockMovements => Set<Ordering.StockMovement>();
    public DbSet<Ordering.Cart> Carts => Set<Ordering.Cart>();
    public DbSet<Ordering.Order> Orders => Set<Ordering.Order>();
    public DbSet<Kitchen.KitchenTicket> KitchenTickets => Set<Kitchen.KitchenTicket>();
    public DbSet<Dispatch.WaiterDuty> WaiterDuties => Set<Dispatch.WaiterDuty>();
    public DbSet<Dispatch.DeliveryTask> DeliveryTasks => Set<Dispatch.DeliveryTask>();
    public DbSet<Printing.Printer> Printers => Set<Printing.Printer>();
    public DbSet<Reviews.Review> Reviews => Set<Reviews.Review>();
    public DbSet<Reviews.ReviewSettings> ReviewSettings => Set<Reviews.ReviewSettings>();
    public DbSet<Marketing.CouponTemplate> CouponTemplates => Set<Marketing.CouponTemplate>();
    public DbSet<Marketing.Coupon> Coupons => Set<Marketing.Coupon>();
    public DbSet<Marketing.CustomerPurchase> CustomerPurchases => Set<Marketing.CustomerPurchase>();
    public DbSet<Marketing.Activity> Activities => Set<Marketing.Activity>();
    public DbSet<Marketing.ActivitySale> ActivitySales => Set<Marketing.ActivitySale>();
    public DbSet<Marketing.MallItem> MallItems => Set<Marketing.MallItem>();
    public DbSet<Marketing.MallRedemption> MallRedemptions => Set<Marketing.MallRedemption>();

    /// <summary>Only in the <see cref="CrossTenantReader"/>'s context, whose role may read every tenant and write nothing.</summary>
    internal bool ReadsAcrossTenants { get; init; }

    protected Guid? CurrentTenantId => currentTenant.Id;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();
        builder.ApplyConfigurationsFromAssembly(typeof(LocalLifeDbContext).Assembly);

        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.BaseType is null).Select(t => t.ClrType).ToList())
        {
            if (typeof(IMultiTenant).IsAssignableFrom(type)) ApplyFilter(builder, type, TenantFilter, nameof(TenantFilterOf));
            if (typeof(ISoftDelete).IsAssignableFrom(type)) ApplyFilter(builder, type, SoftDeleteFilter, nameof(SoftDeleteFilterOf));
        }
    }

    private void ApplyFilter(ModelBuilder builder, Type type, string name, string factory)
    {
        var filter = (LambdaExpression)GetType().GetMethod(factory, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type).Invoke(this, null)!;
        builder.Entity(type).HasQueryFilter(name, filter);
    }

    private Expression<Func<T, bool>> TenantFilterOf<T>() where T : IMultiTenant =>
        e => ReadsAcrossTenants || e.TenantId == CurrentTenantId;

    private Expression<Func<T, bool>> SoftDeleteFilterOf<T>() where T : ISoftDelete => e => !e.IsDeleted;

    Task IUnitOfWork.SaveChangesAsync(CancellationToken ct) => SaveChangesAsync(ct);

    public async Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken ct) =>
        Database.CurrentTransaction is null
            ? new UnitOfWorkTransaction(await Database.BeginTransactionAsync(ct), WakeRelay)
            : new UnitOfWorkTransaction(null, null); // joins the outer transaction; the outer one commits

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        await DomainEventDispatcher.DispatchAsync(this, services, ct);
        ApplyConventions();
        var outboxed = HasNewOutboxMessages();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        if (outboxed && Database.CurrentTransaction is null) WakeRelay();
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        DomainEventDispatcher.DispatchAsync(this, services, CancellationToken.None).GetAwaiter().GetResult();
        ApplyConventions();
        var outboxed = HasNewOutboxMessages();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (outboxed && Database.CurrentTransaction is null) WakeRelay();
        return saved;
    }

    private bool HasNewOutboxMessages() => ChangeTracker.Entries<OutboxMessage>().Any(e => e.State is EntityState.Added or EntityState.Modified);

    // Rows saved inside an explicit transaction become visible at its commit, which wakes the relay again.
    private void WakeRelay() => services.GetService<OutboxSignal>()?.Notify();

    /// <summary>Audit fields, soft delete, fresh concurrency stamps, and a guard against writing another tenant's rows.</summary>
    private void ApplyConventions()
    {
        if (ReadsAcrossTenants) throw new InvalidOperationException("The cross-tenant reader only reads: write on the app's context, as the row's tenant.");
        var now = clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Detached or EntityState.Unchanged) continue;
            if (entry.Entity is IMultiTenant tenantOwned && tenantOwned.TenantId != CurrentTenantId)
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} of tenant {tenantOwned.TenantId} written while working as {CurrentTenantId?.ToString() ?? "host"}.");

            if (entry.State == EntityState.Deleted && entry.Entity is ISoftDelete softDeleted)
            {
                entry.State = EntityState.Modified;
                softDeleted.IsDeleted = true;
                if (entry.Entity is IFullAudited deleted) { deleted.DeletionTime = now; deleted.DeleterId = currentUser.Id; }
            }

            if (entry.Entity is IFullAudited audited)
            {
                if (entry.State == EntityState.Added) { audited.CreationTime = now; audited.CreatorId ??= currentUser.Id; }
                else { audited.LastModificationTime = now; audited.LastModifierId = currentUser.Id; }
            }

            if (entry.State == EntityState.Modified && entry.Entity is IHasConcurrencyStamp stamped)
                stamped.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        }
    }

    private sealed class UnitOfWorkTransaction(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction, Action? committed) : IUnitOfWorkTransaction
    {
        public async Task CommitAsync(CancellationToken ct)
        {
            if (transaction is null) return;
            await transaction.CommitAsync(ct);
            committed?.Invoke();
        }

        public ValueTask DisposeAsync() => transaction?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
