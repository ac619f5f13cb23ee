using LocalLife.Catalog;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.EntityFrameworkCore;

[Collection(DatabaseCollection.Name)]
public sealed class EfConventionsTests(TestDatabase database) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _services = TestServices.Create(database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task The_query_filter_follows_the_current_tenant_within_one_context()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();
        var ids = await db.Tenants.ToDictionaryAsync(t => t.Name, t => t.Id);

        using (tenant.Change(ids["ktv-demo"]))
            (await db.Users.Select(u => u.TenantId).Distinct().ToListAsync()).ShouldBe([ids["ktv-demo"]]);
        // Same context, same cached model: a different tenant gets its own rows (no tenant frozen into the model).
        using (tenant.Change(ids["cafe-demo"]))
            (await db.Users.Select(u => u.TenantId).Distinct().ToListAsync()).ShouldBe([ids["cafe-demo"]]);
        (await db.Users.Select(u => u.UserName).OrderBy(n => n).ToListAsync()).ShouldBe(["admin", "operator"]);
    }

    [Fact]
    public async Task Ignoring_the_query_filters_on_the_app_context_still_shows_only_the_current_tenant()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>();
        var ktv = (await db.Tenants.SingleAsync(t => t.Name == "ktv-demo")).Id;
        (await db.Users.IgnoreQueryFilters().CountAsync()).ShouldBe(2); // the host's own
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(ktv))
            (await db.Users.IgnoreQueryFilters().Select(u => u.TenantId).Distinct().ToListAsync()).ShouldBe([ktv]);
    }

    [Fact]
    public async Task Saving_a_row_of_another_tenant_is_refused_before_it_reaches_the_database()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>();
        db.Roles.Add(new AppRole(Guid.CreateVersion7(), Guid.NewGuid(), "ghost", isStatic: false));
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Audit_fields_soft_delete_and_concurrency_stamps_are_applied_on_save()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>();
        var user = scope.ServiceProvider.GetRequiredService<TestCurrentUser>();
        user.Id = Guid.CreateVersion7();
        var category = new Category(Guid.CreateVersion7(), "c" + Guid.NewGuid().ToString("N")[..8], new LocalizedName("测试", "Test"), null, null, 99, false);
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        category.CreatorId.ShouldBe(user.Id);
        category.CreationTime.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
        var stamp = category.ConcurrencyStamp;

        category.Enable();
        await db.SaveChangesAsync();
        category.ConcurrencyStamp.ShouldNotBe(stamp);
        category.LastModifierId.ShouldBe(user.Id);

        db.Categories.Remove(category);
        await db.SaveChangesAsync();
        (await db.Categories.AnyAsync(c => c.Id == category.Id)).ShouldBeFalse();
        (await db.Categories.IgnoreQueryFilters([LocalLifeDbContext.SoftDeleteFilter]).SingleAsync(c => c.Id == category.Id)).IsDeleted.ShouldBeTrue();
    }

    [Fact]
    public async Task A_stale_concurrency_stamp_fails_the_update()
    {
        string code = "c" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>();
            db.Categories.Add(new Category(Guid.CreateVersion7(), code, new LocalizedName("甲", "A"), null, null, 98, false));
            await db.SaveChangesAsync();
        }
        await using var first = _services.CreateAsyncScope();
        await using var second = _services.CreateAsyncScope();
        var a = await first.ServiceProvider.GetRequiredService<LocalLifeDbContext>().Categories.SingleAsync(c => c.Code == code);
        var b = await second.ServiceProvider.GetRequiredService<LocalLifeDbContext>().Categories.SingleAsync(c => c.Code == code);
        a.Enable();
        await first.ServiceProvider.GetRequiredService<LocalLifeDbContext>().SaveChangesAsync();
        b.Update(new LocalizedName("乙", "B"), null, null, 97);
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.ServiceProvider.GetRequiredService<LocalLifeDbContext>().SaveChangesAsync());
    }
}
