using LocalLife.Catalog;
using LocalLife.Errors;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.EntityFrameworkCore;

/// <summary>The named cross-tenant reads answer for every merchant; the app's context, beside them, still sees one.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class CrossTenantReaderTests(TestDatabase database)
{
    [Fact]
    public async Task A_named_cross_tenant_read_finds_another_merchants_store_which_the_app_context_does_not()
    {
        await using var services = TestServices.Create(database);
        await using var scope = services.CreateAsyncScope();
        var stores = scope.ServiceProvider.GetRequiredService<IStoreRepository>();
        var db = scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>();
        var tea = (await db.Tenants.SingleAsync(t => t.Name == "teahouse-demo")).Id;
        Guid teaStore;
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tea)) teaStore = (await stores.GetListAsync(default))[0].Id;

        (await stores.FindTenantIdAcrossTenantsAsync(teaStore, default)).ShouldBe(tea); // working as the host
        await Should.ThrowAsync<EntityNotFoundException>(() => stores.GetAsync(teaStore, default));
        (await stores.FindTenantIdAcrossTenantsAsync(Guid.NewGuid(), default)).ShouldBeNull();
    }

    [Fact]
    public async Task The_readers_context_tracks_nothing_and_refuses_to_save()
    {
        await using var services = TestServices.Create(database);
        await using var scope = services.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<CrossTenantReader>().Db;
        (await reader.Users.Select(u => u.TenantId).Distinct().CountAsync()).ShouldBe(TestDatabase.DemoTenants.Length + 1); // and the host
        reader.ChangeTracker.Entries().ShouldBeEmpty();

        reader.Roles.Add(new AppRole(Guid.CreateVersion7(), null, "never-saved", isStatic: false));
        await Should.ThrowAsync<InvalidOperationException>(() => reader.SaveChangesAsync());
    }

    [Fact]
    public void A_reader_on_another_database_than_the_app_is_refused_at_start()
    {
        var error = Should.Throw<InvalidOperationException>(() =>
            CrossTenantReader.Options(database.AppConnectionString, database.ReaderConnectionString.Replace(database.Name, "locallife", StringComparison.Ordinal)));
        error.Message.ShouldContain(CrossTenantReader.ConnectionStringName);
    }
}
