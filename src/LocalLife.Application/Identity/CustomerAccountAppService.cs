using LocalLife.Errors;
using LocalLife.Security;
using LocalLife.Validation;
using LocalLife.WeChat.MiniProgram;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

public sealed class CustomerAccountAppService(
    WeChatPhoneNumberClient phoneNumbers,
    UserManager<AppUser> users,
    ICurrentUser currentUser,
    InputValidation inputValidation) : ICustomerAccountAppService
{
    public async Task<CustomerProfileDto> GetAsync(CancellationToken ct) => ToDto(await MeAsync());

    public async Task<CustomerProfileDto> BindPhoneAsync(BindPhoneDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var phone = await WeChatCalls.RunAsync(() => phoneNumbers.GetPhoneNumberAsync(input.Code.Trim(), ct));
        var user = await MeAsync();
        // Not SetPhoneNumberAsync: it renews the security stamp, which would end the customer's refresh tokens.
        user.PhoneNumber = phone.PhoneNumber;
        user.PhoneNumberConfirmed = true; // WeChat verified it by SMS
        (await users.UpdateAsync(user)).CheckErrors();
        return ToDto(user);
    }

    public async Task<CustomerProfileDto> SetBirthdayAsync(SetBirthdayDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var user = await MeAsync();
        user.SetBirthday(input.Birthday);
        (await users.UpdateAsync(user)).CheckErrors();
        return ToDto(user);
    }

    private async Task<AppUser> MeAsync()
    {
        var id = currentUser.GetId();
        return await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);
    }

    private static CustomerProfileDto ToDto(AppUser user) => new(user.Id, user.DisplayName, user.PhoneNumber, user.Birthday);
}
