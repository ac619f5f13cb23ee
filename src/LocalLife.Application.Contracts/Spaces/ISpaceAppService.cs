namespace LocalLife.Spaces;

/// <summary>A merchant's rooms and booths and their live status.</summary>
public interface ISpaceAppService
{
    Task<IReadOnlyList<SpaceDto>> GetListAsync(Guid storeId, GetSpacesInput input, CancellationToken ct);
    Task<SpaceDto> GetAsync(Guid id, CancellationToken ct);
    Task<SpaceDto> CreateAsync(Guid storeId, SaveSpaceDto input, CancellationToken ct);
    Task<SpaceDto> UpdateAsync(Guid id, SaveSpaceDto input, CancellationToken ct);
    Task DeleteAsync(Guid id, CancellationToken ct);
    Task<SpaceDto> ChangeStatusAsync(Guid id, ChangeSpaceStatusDto input, CancellationToken ct);
    Task<IReadOnlyList<SpaceStatusRecordDto>> GetHistoryAsync(Guid id, CancellationToken ct);
}
