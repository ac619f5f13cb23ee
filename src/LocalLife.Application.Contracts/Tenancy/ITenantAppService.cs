using LocalLife.Common;

namespace LocalLife.Tenancy;

/// <summary>Platform operators manage merchants (tenants).</summary>
public interface ITenantAppService
{
    Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantsInput input, CancellationToken ct);
    Task<TenantDto> GetAsync(Guid id, CancellationToken ct);
    Task<TenantDto> CreateAsync(CreateTenantDto input, CancellationToken ct);
    Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken ct);
    Task<TenantDto> DeactivateAsync(Guid id, CancellationToken ct);
    Task<TenantDto> ActivateAsync(Guid id, CancellationToken ct);
}
