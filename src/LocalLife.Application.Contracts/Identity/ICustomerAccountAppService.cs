namespace LocalLife.Identity;

/// <summary>A customer's own account (<c>api/app/account</c>).</summary>
public interface ICustomerAccountAppService
{
    /// <summary>The signed-in customer's own profile.</summary>
    Task<CustomerProfileDto> GetAsync(CancellationToken ct);

    /// <summary>Binds the phone number behind the code of a <c>getPhoneNumber</c> button.</summary>
    Task<CustomerProfileDto> BindPhoneAsync(BindPhoneDto input, CancellationToken ct);

    /// <summary>Sets the birthday once (the birthday bonus depends on it); a second time is a conflict.</summary>
    Task<CustomerProfileDto> SetBirthdayAsync(SetBirthdayDto input, CancellationToken ct);
}

public sealed record BindPhoneDto
{
    public string Code { get; init; } = "";
}

public sealed record CustomerProfileDto(Guid Id, string DisplayName, string? PhoneNumber, DateOnly? Birthday);

public sealed record SetBirthdayDto
{
    public DateOnly Birthday { get; init; }
}
