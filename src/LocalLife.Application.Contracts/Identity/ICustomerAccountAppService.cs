namespace LocalLife.Identity;

/// <summary>A customer's own account (<c>api/app/account</c>).</summary>
public interface ICustomerAccountAppService
{
    /// <summary>Binds the phone number behind the code of a <c>getPhoneNumber</c> button.</summary>
    Task<CustomerProfileDto> BindPhoneAsync(BindPhoneDto input, CancellationToken ct);
}

public sealed record BindPhoneDto
{
    public string Code { get; init; } = "";
}

public sealed record CustomerProfileDto(Guid Id, string DisplayName, string? PhoneNumber);
