namespace LocalLife.Identity;

public interface IAccountAppService
{
    Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken ct);
}
