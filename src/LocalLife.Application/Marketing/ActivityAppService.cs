using LocalLife.Validation;
using LocalLife.Permissions;
using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Ordering;

namespace LocalLife.Marketing;

/// <summary>The merchant's limited-time activities: special prices with limits, spend discounts, points multipliers.</summary>
public sealed class ActivityAppService(
    IActivityRepository activities,
    IProductRepository products,
    IOrderRepository orders,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IActivityAppService
{
    public async Task<PagedResultDto<ActivityDto>> GetListAsync(GetActivitiesInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Marketing.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        var (items, total) = await activities.GetPageAsync(input.Status, input.Skip, input.Take, ct);
        return new PagedResultDto<ActivityDto>([.. items.Select(a => a.ToDto())], total);
    }

    public async Task<ActivityDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Marketing.Default, ct);
        return (await activities.GetAsync(id, ct)).ToDto();
    }

    public async Task<ActivityDto> CreateAsync(SaveActivityDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Marketing.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var tenantId = currentTenant.Id ?? throw new EntityNotFoundException(nameof(Activity), "platform");
        await CheckProductsAsync(input, ct);
        var activity = new Activity(Guid.CreateVersion7(), tenantId, input.Name.Trim(), input.Kind, input.Theme, input.StoreIds, input.StartsAt, input.EndsAt,
            Prices(input), Tiers(input), input.MultiplierPercent, clock.GetUtcNow());
        await activities.InsertAsync(activity, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return activity.ToDto();
    }

    public async Task<ActivityDto> UpdateAsync(Guid id, SaveActivityDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Marketing.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var activity = await activities.GetAsync(id, ct);
        if (input.Kind != activity.Kind) throw new BusinessException(MarketingErrorCodes.InvalidActivity).With("Kind", input.Kind);
        await CheckProductsAsync(input, ct);
        activity.Update(input.Name.Trim(), input.Theme, input.StoreIds, input.StartsAt, input.EndsAt, Prices(input), Tiers(input), input.MultiplierPercent,
            clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return activity.ToDto();
    }

    public async Task<ActivityDto> PauseAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Marketing.Manage, ct);
        return await ChangeAsync(id, a => a.Pause(), ct);
    }

    public async Task<ActivityDto> ResumeAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Marketing.Manage, ct);
        return await ChangeAsync(id, a => a.Resume(), ct);
    }

    public async Task<ActivityDto> EndAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Marketing.Manage, ct);
        return await ChangeAsync(id, a => a.End(), ct);
    }

    public async Task<ActivityReportDto> GetReportAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Marketing.Default, ct);
        var activity = await activities.GetAsync(id, ct);
        var sold = await activities.GetSoldAsync(id, null, ct);
        var (count, discount) = await orders.GetActivityDiscountsAsync(id, ct);
        return new ActivityReportDto(id, [.. sold.Select(s => new ActivityProductSalesDto(s.Key, s.Value.Total))], count, discount);
    }

    /// <summary>Special prices are for this merchant's products, below their regular prices.</summary>
    private async Task CheckProductsAsync(SaveActivityDto input, CancellationToken ct)
    {
        if (input.Prices.Count == 0) return;
        var found = (await products.GetManyAsync([.. input.Prices.Select(p => p.ProductId).Distinct()], ct)).ToDictionary(p => p.Id);
        foreach (var price in input.Prices)
        {
            if (!found.TryGetValue(price.ProductId, out var product)) throw new EntityNotFoundException(nameof(Product), price.ProductId);
            if (price.PriceFen >= product.Prices.PriceFen)
                throw new BusinessException(MarketingErrorCodes.InvalidActivity).With("Kind", $"{product.Details.Name}: not below its price");
        }
    }

    private async Task<ActivityDto> ChangeAsync(Guid id, Action<Activity> change, CancellationToken ct)
    {
        var activity = await activities.GetAsync(id, ct);
        change(activity);
        await unitOfWork.SaveChangesAsync(ct);
        return activity.ToDto();
    }

    private static IReadOnlyList<ActivityPrice> Prices(SaveActivityDto input) =>
        [.. input.Prices.Select(p => new ActivityPrice(p.ProductId, p.PriceFen, p.PerCustomerLimit, p.TotalLimit))];

    private static IReadOnlyList<SpendTier> Tiers(SaveActivityDto input) => [.. input.Tiers.Select(t => new SpendTier(t.MinSpendFen, t.OffFen))];
}
