using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.WeChat.MiniProgram;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

/// <summary>
/// Signs a customer in with the code of the mini-program's <c>wx.login</c>: code → openid (and unionid) → the
/// platform customer with that login, created on the first visit (with the platform's new-customer gift coupons).
/// Customers have no tenant and no password.
/// </summary>
public sealed class WeChatCustomerSignIn(
    WeChatLoginClient login,
    UserManager<AppUser> users,
    ICurrentTenant currentTenant,
    Marketing.NewCustomerGifts gifts,
    IUnitOfWork unitOfWork)
{
    public const string DefaultDisplayName = "微信用户";

    /// <returns>The customer, or null when the account was deactivated.</returns>
    public async Task<AppUser?> SignInAsync(string code, CancellationToken ct)
    {
        var session = await WeChatCalls.RunAsync(() => login.Code2SessionAsync(code, ct));
        using (currentTenant.Change(null))
        {
            var user = await FindAsync(session) ?? await CreateAsync(session, ct);
            return user.IsActive ? user : null;
        }
    }

    private async Task<AppUser?> FindAsync(WeChatSession session)
    {
        var user = await users.FindByLoginAsync(LocalLifeLoginProviders.WeChatMiniProgram, session.OpenId);
        if (user is not null)
        {
            if (session.UnionId is not null && await users.FindByLoginAsync(LocalLifeLoginProviders.WeChatUnionId, session.UnionId) is null)
                (await users.AddLoginAsync(user, UnionLogin(session.UnionId))).CheckErrors();
            return user;
        }
        // Known by unionid from another app of the same Open Platform account: the same person, one account.
        if (session.UnionId is null || await users.FindByLoginAsync(LocalLifeLoginProviders.WeChatUnionId, session.UnionId) is not { } known)
            return null;
        (await users.AddLoginAsync(known, OpenIdLogin(session.OpenId))).CheckErrors();
        return known;
    }

    private async Task<AppUser> CreateAsync(WeChatSession session, CancellationToken ct)
    {
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        var user = new AppUser(Guid.CreateVersion7(), null, "wx." + session.OpenId, DefaultDisplayName, UserKind.Customer);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded && created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            // The same first login twice at once: the other request created the account.
            return await users.FindByNameAsync(user.UserName!) ?? throw new BusinessException(IdentityErrorCodes.IdentityFailure).With("Description", "login race");
        }
        created.CheckErrors();
        (await users.AddLoginAsync(user, OpenIdLogin(session.OpenId))).CheckErrors();
        if (session.UnionId is not null) (await users.AddLoginAsync(user, UnionLogin(session.UnionId))).CheckErrors();
        await gifts.GiveAsync(user.Id, ct);
        await transaction.CommitAsync(ct);
        return user;
    }

    private static UserLoginInfo OpenIdLogin(string openId) => new(LocalLifeLoginProviders.WeChatMiniProgram, openId, "WeChat mini-program");

    private static UserLoginInfo UnionLogin(string unionId) => new(LocalLifeLoginProviders.WeChatUnionId, unionId, "WeChat Open Platform");
}
