using LocalLife.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalLife.Bookings;

/// <summary>The mini-program: preview the deposit, book (and pay), my bookings, cancel.</summary>
[Route("api/app/bookings")]
public sealed class CustomerBookingController(ICustomerBookingAppService service) : AppController
{
    [HttpPost("preview")]
    public Task<BookingPreviewDto> PreviewAsync(CreateBookingDto input, CancellationToken ct) => service.PreviewAsync(input, ct);

    [EnableRateLimiting(RateLimits.Checkout)]
    [HttpPost]
    public Task<BookingCreatedDto> CreateAsync(CreateBookingDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    [HttpGet]
    public Task<PagedResultDto<BookingDto>> GetListAsync([FromQuery] GetMyBookingsInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    public Task<BookingDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet("{id:guid}/check-in-qr"), ProducesResponseType<Stream>(StatusCodes.Status200OK, "image/png")]
    public async Task<FileContentResult> GetCheckInQrAsync(Guid id, CancellationToken ct) => File(await service.GetCheckInQrAsync(id, ct), "image/png");

    [HttpPost("{id:guid}/cancel")]
    public Task<BookingDto> CancelAsync(Guid id, CancellationToken ct) => service.CancelAsync(id, ct);
}
