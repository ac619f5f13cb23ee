using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Bookings;

[Route("api/admin/bookings")]
public sealed class BookingController(IBookingAppService service) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.Bookings.Default)]
    public Task<PagedResultDto<BookingDto>> GetListAsync([FromQuery] GetBookingsInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("today"), Authorize(LocalLifePermissions.Bookings.Default)]
    public Task<IReadOnlyList<BookingDto>> GetTodayArrivalsAsync([FromQuery] Guid storeId, CancellationToken ct) => service.GetTodayArrivalsAsync(storeId, ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.Bookings.Default)]
    public Task<BookingDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpPost("check-in"), Authorize(LocalLifePermissions.Bookings.CheckIn)]
    public Task<BookingDto> CheckInAsync(CheckInBookingDto input, CancellationToken ct) => service.CheckInAsync(input, ct);

    [HttpPost("{id:guid}/release"), Authorize(LocalLifePermissions.Bookings.Release)]
    public Task<BookingDto> ReleaseAsync(Guid id, ReleaseBookingDto input, CancellationToken ct) => service.ReleaseAsync(id, input, ct);

    [HttpPost("{id:guid}/cancel"), Authorize(LocalLifePermissions.Bookings.Cancel)]
    public Task<BookingDto> CancelAsync(Guid id, CancelBookingDto input, CancellationToken ct) => service.CancelAsync(id, input, ct);
}
