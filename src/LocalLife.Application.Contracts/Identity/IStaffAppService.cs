using LocalLife.Common;

namespace LocalLife.Identity;

/// <summary>A merchant's owner or manager manages the staff accounts of their own tenant.</summary>
public interface IStaffAppService
{
    Task<PagedResultDto<StaffDto>> GetListAsync(GetStaffInput input, CancellationToken ct);
    Task<StaffDto> GetAsync(Guid id, CancellationToken ct);
    Task<StaffDto> CreateAsync(CreateStaffDto input, CancellationToken ct);
    Task<StaffDto> UpdateAsync(Guid id, UpdateStaffDto input, CancellationToken ct);
    Task<StaffDto> DeactivateAsync(Guid id, CancellationToken ct);
    Task<StaffDto> ActivateAsync(Guid id, CancellationToken ct);
    Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken ct);
}
