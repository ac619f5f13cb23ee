using LocalLife.Common;

namespace LocalLife.Ordering;

/// <summary>Merchant staff: menu categories, products, status and stock of their stores.</summary>
public interface IMenuAppService
{
    Task<IReadOnlyList<ProductCategoryDto>> GetCategoriesAsync(Guid storeId, CancellationToken ct);
    /// <summary>Creates the categories of the store's vertical (templates) that the store does not have yet.</summary>
    Task<IReadOnlyList<ProductCategoryDto>> ApplyTemplatesAsync(Guid storeId, CancellationToken ct);
    Task<ProductCategoryDto> CreateCategoryAsync(CreateProductCategoryDto input, CancellationToken ct);
    Task<ProductCategoryDto> UpdateCategoryAsync(Guid id, UpdateProductCategoryDto input, CancellationToken ct);
    Task DeleteCategoryAsync(Guid id, CancellationToken ct);

    Task<IReadOnlyList<ProductDto>> GetProductsAsync(GetProductsInput input, CancellationToken ct);
    Task<ProductDto> GetProductAsync(Guid id, CancellationToken ct);
    Task<ProductDto> CreateProductAsync(SaveProductDto input, CancellationToken ct);
    Task<ProductDto> UpdateProductAsync(Guid id, SaveProductDto input, CancellationToken ct);
    Task<ProductDto> ChangeStatusAsync(Guid id, ChangeProductStatusDto input, CancellationToken ct);
    Task DeleteProductAsync(Guid id, CancellationToken ct);

    Task<ProductDto> ChangeStockAsync(Guid id, ChangeStockDto input, CancellationToken ct);
    Task<IReadOnlyList<StockMovementDto>> GetStockMovementsAsync(Guid id, CancellationToken ct);
}

/// <summary>Customers: a store's menu and what to order now.</summary>
public interface ICustomerMenuAppService
{
    Task<MenuDto> GetMenuAsync(Guid storeId, GetMenuInput input, CancellationToken ct);
    Task<RecommendationsDto> GetRecommendationsAsync(Guid spaceId, CancellationToken ct);
}

/// <summary>Customers: their cart for one space.</summary>
public interface ICartAppService
{
    Task<CartDto> GetAsync(Guid spaceId, CancellationToken ct);
    Task<CartDto> AddAsync(Guid spaceId, AddCartLineDto input, CancellationToken ct);
    Task<CartDto> AddRecommendedAsync(Guid spaceId, AddRecommendedSetDto input, CancellationToken ct);
    Task<CartDto> ChangeAsync(Guid spaceId, Guid lineId, ChangeCartLineDto input, CancellationToken ct);
    Task<CartDto> RemoveAsync(Guid spaceId, Guid lineId, CancellationToken ct);
    Task<CartDto> ClearAsync(Guid spaceId, CancellationToken ct);
}

/// <summary>Customers: checkout, their orders, confirming receipt.</summary>
public interface ICustomerOrderAppService
{
    Task<OrderPreviewDto> PreviewAsync(PlaceOrderDto input, CancellationToken ct);
    Task<OrderPlacedDto> PlaceAsync(PlaceOrderDto input, CancellationToken ct);
    Task<PagedResultDto<OrderDto>> GetListAsync(GetMyOrdersInput input, CancellationToken ct);
    Task<OrderDto> GetAsync(Guid id, CancellationToken ct);
    Task<OrderDto> ConfirmReceiptAsync(Guid id, CancellationToken ct);
    Task<OrderDto> CancelAsync(Guid id, CancellationToken ct);
}

/// <summary>Merchant staff: the store's orders through their life cycle.</summary>
public interface IOrderAppService
{
    Task<PagedResultDto<OrderDto>> GetListAsync(GetOrdersInput input, CancellationToken ct);
    Task<OrderDto> GetAsync(Guid id, CancellationToken ct);
    Task<OrderDto> AcceptAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<BatchAcceptResultDto>> BatchAcceptAsync(BatchAcceptOrdersDto input, CancellationToken ct);
    Task<OrderDto> RejectAsync(Guid id, RejectOrderDto input, CancellationToken ct);
    Task<OrderDto> StartPreparingAsync(Guid id, CancellationToken ct);
    Task<OrderDto> StartDeliveryAsync(Guid id, CancellationToken ct);
    Task<OrderDto> MarkDeliveredAsync(Guid id, CancellationToken ct);
    Task<OrderDto> RaiseIssueAsync(Guid id, RaiseOrderIssueDto input, CancellationToken ct);
    Task<OrderDto> ResolveIssueAsync(Guid id, ResolveOrderIssueDto input, CancellationToken ct);
}
