namespace LocalLife.Identity;

internal static class IdentityMapping
{
    public static StaffDto ToStaffDto(this AppUser u, IReadOnlyList<string> roles) => new(
        u.Id, u.UserName!, u.DisplayName, u.PhoneNumber, u.Email, u.IsActive,
        roles.Order(StringComparer.Ordinal).ToList(), u.CreationTime, u.ConcurrencyStamp!);
}
