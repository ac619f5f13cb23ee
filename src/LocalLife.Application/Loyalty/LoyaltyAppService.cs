using LocalLife.Common;
using LocalLife.Errors;
using LocalLife.Identity;
using LocalLife.Security;
using LocalLife.Tenancy;
using LocalLife.Validation;

namespace LocalLife.Loyalty;

public sealed class LoyaltyAppService(
    IPointsRepository points,
    ILoyaltyQueries queries,
    ITenantRepository tenants,
    ICurrentUser currentUser,
    TimeProvider clock,
    InputValidation inputValidation) : ILoyaltyAppService
{
    public const int ExpiringSoonDays = 30;

    public async Task<PointsAccountDto> GetAccountAsync(CancellationToken ct)
    {
        var settings = await points.GetSettingsAsync(ct);
        var account = await points.FindAccountAsync(CustomerId(), ct);
        var spend = account?.CumulativeSpendFen ?? 0;
        var level = settings.LevelFor(spend);
        var next = settings.NextLevel(spend);
        var until = clock.GetUtcNow().AddDays(ExpiringSoonDays);
        return new PointsAccountDto(account?.Balance ?? 0, account?.LifetimeEarned ?? 0, spend, level.Code, Name(level), level.MultiplierPercent,
            next?.Code, next is null ? null : Name(next), next is null ? null : next.ThresholdFen - spend,
            account is null ? 0 : await queries.GetExpiringAsync(account.Id, until, ct), until, settings.PointsPerYuan);
    }

    public async Task<PagedResultDto<PointsEntryDto>> GetHistoryAsync(GetPointsHistoryInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        if (await points.FindAccountAsync(CustomerId(), ct) is not { } account) return new PagedResultDto<PointsEntryDto>([], 0);
        var (items, total) = await queries.GetEntriesAsync(account.Id, input.Skip, input.Take, ct);
        var rules = await queries.GetRuleNamesAsync(items.Select(e => e.RuleId).OfType<Guid>().Distinct().ToList(), ct);
        var merchants = new Dictionary<Guid, string?>();
        foreach (var id in items.Select(e => e.MerchantTenantId).OfType<Guid>().Distinct())
            merchants[id] = (await tenants.FindAsync(id, ct))?.DisplayName;
        return new PagedResultDto<PointsEntryDto>(items.Select(e => e.ToDto(
            e.MerchantTenantId is { } m ? merchants[m] : null, e.RuleId is { } r ? rules.GetValueOrDefault(r) : null)).ToList(), total);
    }

    public async Task<RedemptionPreviewDto> PreviewAsync(GetRedemptionPreviewInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var settings = await points.GetSettingsAsync(ct);
        var balance = (await points.FindAccountAsync(CustomerId(), ct))?.Balance ?? 0;
        return PointsManager.Preview(settings, balance, input.DocumentType, input.PayableFen).ToDto();
    }

    private Guid CustomerId() => currentUser is { Kind: UserKind.Customer, Id: { } id } ? id : throw new BusinessException(LoyaltyErrorCodes.NotACustomer);

    private static string Name(MemberLevel level) =>
        Localization.LocalLifeTexts.Resolve(System.Globalization.CultureInfo.CurrentUICulture) == "en" ? level.NameEn : level.NameZhHans;
}
