using LocalLife.Errors;

namespace LocalLife.Loyalty;

/// <summary>
/// Every movement of points. Callers run each call inside a transaction and save afterwards; the account row is
/// locked first, so movements of one customer are serialized and an idempotency key seen again returns the entry
/// it made the first time.
/// </summary>
public class PointsManager(IPointsRepository points, TimeProvider clock, IPointsBoosts? boosts = null)
{
    /// <summary>
    /// Points for a spend the merchant confirmed: the best applicable rebate rule, times the member level's multiplier, times a
    /// points-multiplier activity running at the store (积分翻倍).
    /// </summary>
    public async Task<PointsEntry> EarnForSpendAsync(Guid customerId, Guid tenantId, Guid storeId, IReadOnlyList<SpendLine> lines,
        PointsDocumentType documentType, string documentId, string key, CancellationToken ct)
    {
        var settings = await points.GetSettingsAsync(ct);
        var account = await points.LockAccountAsync(customerId, ct);
        if (await points.FindEntryAsync(account.Id, key, ct) is { } done) return done;

        var now = clock.GetUtcNow();
        var level = settings.LevelFor(account.CumulativeSpendFen);
        var best = (await points.GetActiveRulesAsync(ct))
            .Where(r => r.AppliesTo(storeId, now))
            .Select(r => (Rule: r, Points: r.PointsFor(lines)))
            .OrderByDescending(x => x.Points)
            .FirstOrDefault();
        var boost = boosts is null || best.Rule is null ? 100 : await boosts.MultiplierPercentAsync(storeId, now, ct);
        var earned = best.Rule is null ? 0 : best.Points * level.MultiplierPercent / 100 * boost / 100;

        account.AddSpend(lines.Sum(l => l.AmountFen), settings);
        account.Credit(earned);
        var entry = new PointsEntry(Guid.CreateVersion7(), account.Id, PointsEntryKind.Earn, earned, account.Balance, key, tenantId, documentType,
            documentId, best.Rule?.Id, boost == 100 ? $"{level.Code} ×{level.MultiplierPercent}%" : $"{level.Code} ×{level.MultiplierPercent}% · ×{boost}%", now);
        await points.AddAsync(entry, ct);
        if (earned > 0)
            await points.AddAsync(new PointsLot(Guid.CreateVersion7(), account.Id, tenantId, earned, now, now.AddDays(settings.ValidityDays), entry.Id), ct);
        return entry;
    }

    /// <summary>Spends points on a payable document at a merchant, within the platform's offset cap of <paramref name="payableFen"/>.</summary>
    public async Task<PointsEntry> RedeemAsync(Guid customerId, long amount, long payableFen, Guid tenantId, PointsDocumentType documentType,
        string documentId, string key, CancellationToken ct)
    {
        var settings = await points.GetSettingsAsync(ct);
        if (!settings.PayableDocuments.Contains(documentType))
            throw new BusinessException(LoyaltyErrorCodes.DocumentTypeNotAllowed).With("Document", documentType);
        var account = await points.LockAccountAsync(customerId, ct);
        if (await points.FindEntryAsync(account.Id, key, ct) is { } done)
            return done.Amount == -amount ? done : throw new BusinessException(LoyaltyErrorCodes.IdempotencyKeyReused);

        if (amount <= 0 || settings.ValueFen(amount) > payableFen * settings.OffsetCapPercent / 100)
            throw new BusinessException(LoyaltyErrorCodes.OverOffsetCap).With("Max", Preview(settings, account.Balance, documentType, payableFen).MaxPoints);
        if (account.Balance < amount)
            throw new BusinessException(LoyaltyErrorCodes.InsufficientPoints).With("Balance", account.Balance).With("Wanted", amount);

        return await DebitAsync(account, amount, tenantId, documentType, documentId, key, ct);
    }

    /// <summary>Takes the points from the lots first to expire first, each allocation remembering where they were earned and spent.</summary>
    private async Task<PointsEntry> DebitAsync(PointsAccount account, long amount, Guid? tenantId, PointsDocumentType documentType, string documentId,
        string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        account.Debit(amount);
        var entry = new PointsEntry(Guid.CreateVersion7(), account.Id, PointsEntryKind.Redeem, -amount, account.Balance, key, tenantId, documentType,
            documentId, null, null, now);
        await points.AddAsync(entry, ct);
        var left = amount;
        foreach (var lot in await points.GetOpenLotsAsync(account.Id, ct))
        {
            if (left == 0) break;
            var taken = lot.Take(left);
            left -= taken;
            await points.AddAsync(new PointsAllocation(Guid.CreateVersion7(), entry.Id, lot.Id, taken, lot.MerchantTenantId, tenantId, now), ct);
        }
        if (left != 0) throw new InvalidOperationException($"Account {account.Id}: balance and lots disagree by {left} points.");
        return entry;
    }

    /// <summary>
    /// Spends points on something priced in points (a points-mall item) at a merchant (null: the platform's mall): no offset
    /// cap, only the balance; the lots first to expire go first, so their merchants settle as for any redemption.
    /// </summary>
    public async Task<PointsEntry> SpendAsync(Guid customerId, long amount, Guid? tenantId, PointsDocumentType documentType, string documentId, string key,
        CancellationToken ct)
    {
        var account = await points.LockAccountAsync(customerId, ct);
        if (await points.FindEntryAsync(account.Id, key, ct) is { } done)
            return done.Amount == -amount ? done : throw new BusinessException(LoyaltyErrorCodes.IdempotencyKeyReused);
        if (amount <= 0 || account.Balance < amount)
            throw new BusinessException(LoyaltyErrorCodes.InsufficientPoints).With("Balance", account.Balance).With("Wanted", amount);
        return await DebitAsync(account, amount, tenantId, documentType, documentId, key, ct);
    }

    /// <summary>Gives back the points of a redemption (payment cancelled or refunded), into the lots they came from.</summary>
    public async Task<PointsEntry?> ReverseRedemptionAsync(Guid customerId, string redeemKey, string key, CancellationToken ct)
    {
        var account = await points.LockAccountAsync(customerId, ct);
        if (await points.FindEntryAsync(account.Id, key, ct) is { } done) return done;
        if (await points.FindEntryAsync(account.Id, redeemKey, ct) is not { Kind: PointsEntryKind.Redeem } redemption) return null;

        var allocations = await points.GetAllocationsAsync(redemption.Id, ct);
        var lots = (await points.GetLotsAsync(allocations.Select(a => a.LotId).ToList(), ct)).ToDictionary(l => l.Id);
        foreach (var allocation in allocations.Where(a => !a.Reversed))
        {
            lots[allocation.LotId].Give(allocation.Points);
            allocation.Reverse();
        }
        account.Restore(-redemption.Amount);
        var entry = new PointsEntry(Guid.CreateVersion7(), account.Id, PointsEntryKind.RedeemReversal, -redemption.Amount, account.Balance, key,
            redemption.MerchantTenantId, redemption.DocumentType, redemption.DocumentId, null, null, clock.GetUtcNow());
        await points.AddAsync(entry, ct);
        return entry;
    }

    /// <summary>
    /// Takes back points earned on a spend that was refunded, as far as they are still there (never below zero),
    /// and removes the spend from the member level.
    /// </summary>
    public async Task<PointsEntry?> ReverseEarnAsync(Guid customerId, string earnKey, long refundedFen, string key, CancellationToken ct)
    {
        var settings = await points.GetSettingsAsync(ct);
        var account = await points.LockAccountAsync(customerId, ct);
        if (await points.FindEntryAsync(account.Id, key, ct) is { } done) return done;
        if (await points.FindEntryAsync(account.Id, earnKey, ct) is not { Kind: PointsEntryKind.Earn } earn) return null;

        var lot = await points.FindLotByEntryAsync(earn.Id, ct);
        var taken = lot?.Take(earn.Amount) ?? 0;
        account.Debit(taken);
        account.RemoveSpend(refundedFen, settings);
        var entry = new PointsEntry(Guid.CreateVersion7(), account.Id, PointsEntryKind.RefundReversal, -taken, account.Balance, key,
            earn.MerchantTenantId, earn.DocumentType, earn.DocumentId, earn.RuleId, null, clock.GetUtcNow());
        await points.AddAsync(entry, ct);
        return entry;
    }

    /// <summary>
    /// Expires every lot of the customer whose time has come; one ledger entry per lot and run. A rerun finds nothing
    /// left in those lots (the account is locked and each lot is emptied), so it adds nothing; points a reversal later
    /// puts back into an expired lot expire on the next run, with an entry of their own.
    /// </summary>
    public async Task<IReadOnlyList<PointsEntry>> ExpireAsync(Guid customerId, DateTimeOffset now, CancellationToken ct)
    {
        var account = await points.LockAccountAsync(customerId, ct);
        var entries = new List<PointsEntry>();
        foreach (var lot in (await points.GetOpenLotsAsync(account.Id, ct)).Where(l => l.ExpiresAt <= now))
        {
            var key = $"expire:{lot.Id}:{now.UtcTicks}";
            if (await points.FindEntryAsync(account.Id, key, ct) is not null) continue;
            var expired = lot.Take(lot.Remaining);
            account.Debit(expired);
            var entry = new PointsEntry(Guid.CreateVersion7(), account.Id, PointsEntryKind.Expire, -expired, account.Balance, key,
                lot.MerchantTenantId, PointsDocumentType.Manual, lot.Id.ToString(), null, null, now);
            await points.AddAsync(entry, ct);
            entries.Add(entry);
        }
        return entries;
    }

    /// <summary>A platform operator's correction: adds a platform lot, or removes points first-to-expire first.</summary>
    public async Task<PointsEntry> AdjustAsync(Guid customerId, long delta, string note, string key, CancellationToken ct)
    {
        var settings = await points.GetSettingsAsync(ct);
        var account = await points.LockAccountAsync(customerId, ct);
        if (await points.FindEntryAsync(account.Id, key, ct) is { } done) return done;
        var now = clock.GetUtcNow();
        if (delta < 0 && account.Balance < -delta)
            throw new BusinessException(LoyaltyErrorCodes.InsufficientPoints).With("Balance", account.Balance).With("Wanted", -delta);
        if (delta >= 0) account.Credit(delta); else account.Debit(-delta);
        var entry = new PointsEntry(Guid.CreateVersion7(), account.Id, PointsEntryKind.Adjust, delta, account.Balance, key, null,
            PointsDocumentType.Manual, null, null, note, now);
        await points.AddAsync(entry, ct);
        if (delta > 0) await points.AddAsync(new PointsLot(Guid.CreateVersion7(), account.Id, null, delta, now, now.AddDays(settings.ValidityDays), entry.Id), ct);
        var left = -delta;
        foreach (var lot in delta < 0 ? await points.GetOpenLotsAsync(account.Id, ct) : [])
        {
            if (left <= 0) break;
            left -= lot.Take(left);
        }
        return entry;
    }

    /// <summary>A platform perk (birthday bonus…): a platform lot of fresh points; the key makes it once per occasion.</summary>
    public async Task<PointsEntry> GrantBonusAsync(Guid customerId, long amount, string note, string key, CancellationToken ct)
    {
        var settings = await points.GetSettingsAsync(ct);
        var account = await points.LockAccountAsync(customerId, ct);
        if (await points.FindEntryAsync(account.Id, key, ct) is { } done) return done;
        var now = clock.GetUtcNow();
        account.Credit(amount);
        var entry = new PointsEntry(Guid.CreateVersion7(), account.Id, PointsEntryKind.Bonus, amount, account.Balance, key, null,
            PointsDocumentType.Manual, null, null, note, now);
        await points.AddAsync(entry, ct);
        await points.AddAsync(new PointsLot(Guid.CreateVersion7(), account.Id, null, amount, now, now.AddDays(settings.ValidityDays), entry.Id), ct);
        return entry;
    }

    /// <summary>The customer's member level and balance (a customer with no points yet is at the entry level); anonymous for nobody.</summary>
    public async Task<(LoyaltySettings Settings, Membership Membership)> GetMembershipAsync(Guid? customerId, CancellationToken ct)
    {
        var settings = await points.GetSettingsAsync(ct);
        if (customerId is not { } id) return (settings, Membership.Anonymous);
        var account = await points.FindAccountAsync(id, ct);
        return (settings, new Membership(settings.LevelFor(account?.CumulativeSpendFen ?? 0), account?.Balance ?? 0));
    }

    /// <summary>How far points can reduce a payable amount: limited by the balance and the platform's cap.</summary>
    public static RedemptionPreview Preview(LoyaltySettings settings, long balance, PointsDocumentType documentType, long payableFen)
    {
        if (!settings.PayableDocuments.Contains(documentType)) return new RedemptionPreview(balance, 0, 0, payableFen, false, settings.PointsPerYuan, settings.OffsetCapPercent);
        var capFen = payableFen * settings.OffsetCapPercent / 100;
        var maxPoints = Math.Min(balance, capFen * settings.PointsPerYuan / 100);
        var offset = settings.ValueFen(maxPoints);
        return new RedemptionPreview(balance, maxPoints, offset, payableFen - offset, true, settings.PointsPerYuan, settings.OffsetCapPercent);
    }
}

/// <summary>What the customer sees before paying: how many points may be used and what is left to pay.</summary>
public sealed record RedemptionPreview(long Balance, long MaxPoints, long MaxOffsetFen, long PayFen, bool Allowed, int PointsPerYuan, int OffsetCapPercent);
