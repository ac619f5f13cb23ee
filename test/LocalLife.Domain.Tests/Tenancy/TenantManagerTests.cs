using LocalLife.Catalog;
using LocalLife.Errors;

namespace LocalLife.Tenancy;

/// <summary>Domain rules without I/O: repositories are in-memory lists.</summary>
public sealed class TenantManagerTests
{
    private readonly InMemoryTenants _tenants = new();
    private readonly InMemoryCategories _categories = new(
        new Category(Guid.CreateVersion7(), "ktv", new LocalizedName("KTV", "KTV"), null, null, 1, true),
        new Category(Guid.CreateVersion7(), "cafe", new LocalizedName("咖啡厅", "Café"), null, null, 2, true),
        new Category(Guid.CreateVersion7(), "beauty", new LocalizedName("美容", "Beauty"), null, null, 3, false));

    private TenantManager Manager => new(_tenants, _categories);

    [Fact]
    public async Task A_new_tenant_is_active_with_a_normalized_name_and_its_categories()
    {
        var tenant = await Manager.CreateAsync("  KTV-Star ", "星光", new TenantContact("张三", null, null), ["KTV", "cafe", "ktv"], default);
        tenant.Name.ShouldBe("ktv-star");
        tenant.Status.ShouldBe(TenantStatus.Active);
        tenant.EnabledCategories.ShouldBe(["cafe", "ktv"]);
        tenant.Id.Version.ShouldBe(7);
    }

    [Fact]
    public async Task A_taken_name_is_a_conflict()
    {
        await _tenants.InsertAsync(await Manager.CreateAsync("star", "星光", new TenantContact(null, null, null), [], default), default);
        var error = await Should.ThrowAsync<BusinessException>(() => Manager.CreateAsync("STAR", "另一个", new TenantContact(null, null, null), [], default));
        error.Code.ShouldBe(TenantErrorCodes.DuplicateName);
        error.Values["Name"].ShouldBe("star");
    }

    [Fact]
    public async Task Unknown_and_closed_categories_are_refused()
    {
        (await Should.ThrowAsync<BusinessException>(() => Manager.CreateAsync("a1", "A", new TenantContact(null, null, null), ["karaoke"], default)))
            .Code.ShouldBe(TenantErrorCodes.UnknownCategory);
        (await Should.ThrowAsync<BusinessException>(() => Manager.CreateAsync("a2", "A", new TenantContact(null, null, null), ["beauty"], default)))
            .Code.ShouldBe(TenantErrorCodes.CategoryNotAvailable);
    }

    [Fact]
    public async Task A_tenant_keeps_a_category_the_platform_closed_later_but_cannot_add_it_again()
    {
        var tenant = await Manager.CreateAsync("keeper", "K", new TenantContact(null, null, null), ["ktv", "cafe"], default);
        _categories.Items.Single(c => c.Code == "cafe").Disable();
        await Manager.SetCategoriesAsync(tenant, ["ktv", "cafe"], default);
        tenant.EnabledCategories.ShouldBe(["cafe", "ktv"]);

        await Manager.SetCategoriesAsync(tenant, ["ktv"], default);
        (await Should.ThrowAsync<BusinessException>(() => Manager.SetCategoriesAsync(tenant, ["ktv", "cafe"], default)))
            .Code.ShouldBe(TenantErrorCodes.CategoryNotAvailable);
    }

    [Fact]
    public async Task Deactivation_and_activation_follow_the_status_and_raise_events()
    {
        var tenant = await Manager.CreateAsync("flip", "F", new TenantContact(null, null, null), [], default);
        tenant.Deactivate();
        tenant.IsActive.ShouldBeFalse();
        Should.Throw<BusinessException>(tenant.Deactivate).Code.ShouldBe(TenantErrorCodes.AlreadyInactive);
        tenant.Activate();
        Should.Throw<BusinessException>(tenant.Activate).Code.ShouldBe(TenantErrorCodes.AlreadyActive);
        tenant.DomainEvents.ShouldBe([new TenantStatusChanged(tenant.Id, TenantStatus.Inactive), new TenantStatusChanged(tenant.Id, TenantStatus.Active)]);
    }

    private sealed class InMemoryTenants : ITenantRepository
    {
        private readonly List<Tenant> _items = [];
        public Task<Tenant?> FindAsync(Guid id, CancellationToken ct) => Task.FromResult(_items.FirstOrDefault(t => t.Id == id));
        public async Task<Tenant> GetAsync(Guid id, CancellationToken ct) => await FindAsync(id, ct) ?? throw new EntityNotFoundException(nameof(Tenant), id);
        public Task<Tenant?> FindByNameAsync(string name, CancellationToken ct) => Task.FromResult(_items.FirstOrDefault(t => t.Name == name.Trim().ToLowerInvariant()));
        public Task<(IReadOnlyList<Tenant> Items, int TotalCount)> GetPageAsync(string? filter, TenantStatus? status, int skip, int take, CancellationToken ct) =>
            Task.FromResult<(IReadOnlyList<Tenant>, int)>((_items, _items.Count));
        public Task InsertAsync(Tenant tenant, CancellationToken ct)
        {
            _items.Add(tenant);
            return Task.CompletedTask;
        }
    }

    private sealed class InMemoryCategories(params Category[] items) : ICategoryRepository
    {
        public List<Category> Items { get; } = [.. items];
        public Task<IReadOnlyList<Category>> GetListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<Category>>(Items);
        public Task<Category?> FindByCodeAsync(string code, CancellationToken ct) => Task.FromResult(Items.FirstOrDefault(c => c.Code == code));
        public Task InsertAsync(Category category, CancellationToken ct)
        {
            Items.Add(category);
            return Task.CompletedTask;
        }
    }
}
