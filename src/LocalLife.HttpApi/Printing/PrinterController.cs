using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Printing;

/// <summary>Merchant staff: the store's printers, test pages and reprints.</summary>
[Route("api/admin/printers")]
public sealed class PrinterController(IPrinterAppService service) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.Printers.Default)]
    public Task<IReadOnlyList<PrinterDto>> GetListAsync([FromQuery] Guid storeId, CancellationToken ct) => service.GetListAsync(storeId, ct);

    [HttpPost, Authorize(LocalLifePermissions.Printers.Manage)]
    public Task<PrinterDto> CreateAsync(CreatePrinterDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    [HttpPost("{id:guid}/test"), Authorize(LocalLifePermissions.Printers.Manage)]
    public Task<PrinterDto> TestAsync(Guid id, CancellationToken ct) => service.TestAsync(id, ct);

    [HttpPost("tickets/{ticketId:guid}/reprint"), Authorize(LocalLifePermissions.Printers.Default)]
    public Task ReprintTicketAsync(Guid ticketId, CancellationToken ct) => service.ReprintTicketAsync(ticketId, ct);

    [HttpPost("orders/{orderId:guid}/receipt"), Authorize(LocalLifePermissions.Printers.Default)]
    public Task PrintReceiptAsync(Guid orderId, CancellationToken ct) => service.PrintReceiptAsync(orderId, ct);
}
