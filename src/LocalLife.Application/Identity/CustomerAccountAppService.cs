using LocalLife.Errors;
using LocalLife.Security;
using LocalLife.WeChat.MiniProgram;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

public sealed class CustomerAccountAppService(
    WeChatPhoneNumberClient phoneNumbers,
    UserManager<AppUser> users,
    ICurrentUser currentUser) : ICustomerAccountAppService
{
    public async Task<CustomerProfileDto> BindPhoneAsync(BindPhoneDto input, CancellationToken ct)
    {
        var phone = await WeChatCalls.RunAsync(() => phoneNumbers.GetPhoneNumberAsync(input.Code.Trim(), ct));
        var id = currentUser.GetId();
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);
        // Not SetPhoneNumberAsync: it renews the security stamp, which would end the customer's refresh tokens.
        user.PhoneNumber = phone.PhoneNumber;
        user.PhoneNumberConfirmed = true; // WeChat verified it by SMS
        (await users.UpdateAsync(user)).CheckErrors();
        return new CustomerProfileDto(user.Id, user.DisplayName, user.PhoneNumber, user.Birthday);
    }

    public async Task<CustomerProfileDto> SetBirthdayAsync(SetBirthdayDto input, CancellationToken ct)
    {
        var id = currentUser.GetId();
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);
        user.SetBirthday(input.Birthday);
        (await users.UpdateAsync(user)).CheckErrors();
        return new CustomerProfileDto(user.Id, user.DisplayName, user.PhoneNumber, user.Birthday);
    }
}
