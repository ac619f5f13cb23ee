using LocalLife.Common;

namespace LocalLife.Bookings;

/// <summary>The mini-program: a customer books a space, pays the deposit, sees and cancels their own bookings.</summary>
public interface ICustomerBookingAppService
{
    Task<BookingPreviewDto> PreviewAsync(CreateBookingDto input, CancellationToken ct);

    Task<BookingCreatedDto> CreateAsync(CreateBookingDto input, CancellationToken ct);

    Task<PagedResultDto<BookingDto>> GetListAsync(GetMyBookingsInput input, CancellationToken ct);

    Task<BookingDto> GetAsync(Guid id, CancellationToken ct);

    /// <summary>The check-in code as a PNG QR code for the front desk's scanner (it reads the same digits the customer could type).</summary>
    Task<byte[]> GetCheckInQrAsync(Guid id, CancellationToken ct);

    /// <summary>Before the deadline: the deposit is refunded and the points returned; the space is free again.</summary>
    Task<BookingDto> CancelAsync(Guid id, CancellationToken ct);
}

/// <summary>Merchant staff: the booking list, today's arrivals, check-in by code, release with the final spend, cancel.</summary>
public interface IBookingAppService
{
    Task<PagedResultDto<BookingDto>> GetListAsync(GetBookingsInput input, CancellationToken ct);

    Task<IReadOnlyList<BookingDto>> GetTodayArrivalsAsync(Guid storeId, CancellationToken ct);

    Task<BookingDto> GetAsync(Guid id, CancellationToken ct);

    Task<BookingDto> CheckInAsync(CheckInBookingDto input, CancellationToken ct);

    Task<BookingDto> ReleaseAsync(Guid id, ReleaseBookingDto input, CancellationToken ct);

    /// <summary>The merchant cancels: everything the customer paid comes back, whatever the deadline.</summary>
    Task<BookingDto> CancelAsync(Guid id, CancelBookingDto input, CancellationToken ct);
}
