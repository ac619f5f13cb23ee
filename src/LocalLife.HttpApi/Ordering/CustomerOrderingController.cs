using LocalLife.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalLife.Ordering;

/// <summary>Customers: a store's menu and recommendations (signed in or not).</summary>
[Route("api/app/menu")]
public sealed class CustomerMenuController(ICustomerMenuAppService service) : AppController
{
    [HttpGet("stores/{storeId:guid}"), AllowAnonymous]
    public Task<MenuDto> GetMenuAsync(Guid storeId, [FromQuery] GetMenuInput input, CancellationToken ct) => service.GetMenuAsync(storeId, input, ct);

    [HttpGet("spaces/{spaceId:guid}/recommendations"), AllowAnonymous]
    public Task<RecommendationsDto> GetRecommendationsAsync(Guid spaceId, CancellationToken ct) => service.GetRecommendationsAsync(spaceId, ct);
}

/// <summary>Customers: the cart for the space they sit in.</summary>
[Route("api/app/carts/{spaceId:guid}")]
public sealed class CartController(ICartAppService service) : AppController
{
    [HttpGet]
    public Task<CartDto> GetAsync(Guid spaceId, CancellationToken ct) => service.GetAsync(spaceId, ct);

    [HttpPost("lines")]
    public Task<CartDto> AddAsync(Guid spaceId, AddCartLineDto input, CancellationToken ct) => service.AddAsync(spaceId, input, ct);

    [HttpPost("recommended")]
    public Task<CartDto> AddRecommendedAsync(Guid spaceId, AddRecommendedSetDto input, CancellationToken ct) => service.AddRecommendedAsync(spaceId, input, ct);

    [HttpPut("lines/{lineId:guid}")]
    public Task<CartDto> ChangeAsync(Guid spaceId, Guid lineId, ChangeCartLineDto input, CancellationToken ct) => service.ChangeAsync(spaceId, lineId, input, ct);

    [HttpDelete("lines/{lineId:guid}")]
    public Task<CartDto> RemoveAsync(Guid spaceId, Guid lineId, CancellationToken ct) => service.RemoveAsync(spaceId, lineId, ct);

    [HttpDelete]
    public Task<CartDto> ClearAsync(Guid spaceId, CancellationToken ct) => service.ClearAsync(spaceId, ct);
}

/// <summary>Customers: checkout, order tracking, confirming receipt, cancelling before the merchant accepts.</summary>
[Route("api/app/orders")]
public sealed class CustomerOrderController(ICustomerOrderAppService service) : AppController
{
    [HttpPost("preview")]
    public Task<OrderPreviewDto> PreviewAsync(PlaceOrderDto input, CancellationToken ct) => service.PreviewAsync(input, ct);

    [EnableRateLimiting(RateLimits.Checkout)]
    [HttpPost]
    public Task<OrderPlacedDto> PlaceAsync(PlaceOrderDto input, CancellationToken ct) => service.PlaceAsync(input, ct);

    [HttpGet]
    public Task<PagedResultDto<OrderDto>> GetListAsync([FromQuery] GetMyOrdersInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    public Task<OrderDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpPost("{id:guid}/confirm-receipt")]
    public Task<OrderDto> ConfirmReceiptAsync(Guid id, CancellationToken ct) => service.ConfirmReceiptAsync(id, ct);

    [HttpPost("{id:guid}/cancel")]
    public Task<OrderDto> CancelAsync(Guid id, CancellationToken ct) => service.CancelAsync(id, ct);
}
