using LocalLife.Bookings;
using LocalLife.Catalog;
using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Ordering;
using LocalLife.Security;
using LocalLife.Validation;

namespace LocalLife.Reviews;

/// <summary>
/// Writing a review of one's own completed order or finished booking (once: the unique index on the source decides a
/// race), one's own reviews, and a store's published reviews for everyone. Writing works as the store's tenant; the
/// screening decides at once whether the review is published, held for a person, or rejected.
/// </summary>
public sealed class CustomerReviewAppService(
    IReviewRepository reviews,
    IOrderRepository orders,
    IBookingRepository bookings,
    IStoreRepository stores,
    CustomerVisibility visibility,
    ReviewScreener screener,
    StoreRatings ratings,
    ReviewImages images,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    InputValidation inputValidation) : ICustomerReviewAppService
{
    public async Task<ReviewImageUploadDto> RequestImageUploadAsync(RequestReviewImageUploadDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        return await images.RequestUploadAsync(CustomerId(), input, ct);
    }

    public async Task<ReviewDto> SubmitAsync(SubmitReviewDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var customerId = CustomerId();
        var (tenantId, storeId) = await SourceAsync(input.SourceKind, input.SourceId, customerId, ct);
        using (currentTenant.Change(tenantId))
        {
            if (await reviews.FindBySourceAsync(input.SourceKind, input.SourceId, ct) is not null)
                throw new BusinessException(ReviewErrorCodes.AlreadyReviewed);
            await images.EnsureUploadedAsync(customerId, input.Images, ct);
            var store = await stores.GetAsync(storeId, ct);
            var now = clock.GetUtcNow();
            var review = new Review(Guid.CreateVersion7(), tenantId, store.Id, store.Profile.Name, customerId, input.SourceKind, input.SourceId,
                input.Stars, input.Text, input.Tags.Select(t => t.Trim()).ToList(), input.Images, now);
            review.Screen(await screener.ScreenAsync(review, now, ct), now);

            await using var tx = await unitOfWork.BeginTransactionAsync(ct);
            await reviews.InsertAsync(review, ct);
            await reviews.SaveNewAsync(ct);
            if (review.IsPublished)
            {
                await ratings.RefreshAsync(store.Id, ct);
                await unitOfWork.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
            return await review.ToDtoAsync(images, ct);
        }
    }

    public async Task<PagedResultDto<ReviewDto>> GetMineAsync(GetMyReviewsInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var (items, total) = await reviews.GetPageOfCustomerAsync(CustomerId(), input.SourceId, input.Skip, input.Take, ct);
        return new PagedResultDto<ReviewDto>(await items.MapAsync(r => r.ToDtoAsync(images, ct)), total);
    }

    public async Task<StoreReviewsDto> GetStoreReviewsAsync(Guid storeId, GetStoreReviewsInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var store = await visibility.GetStoreAsync(storeId, ct);
        using (currentTenant.Change(store.TenantId))
        {
            var summary = await reviews.GetPublishedSummaryAsync(store.Id, ct);
            var (items, total) = await reviews.GetPageAsync(new ReviewQuery(StoreId: store.Id, Status: ReviewStatus.Published, Stars: input.Stars),
                input.Skip, input.Take, ct);
            return new StoreReviewsDto(store.Id, Math.Round(summary.Average, 2, MidpointRounding.AwayFromZero), summary.Count,
                Enumerable.Range(ReviewConsts.MinStars, ReviewConsts.MaxStars).Select(s => summary.Stars.GetValueOrDefault(s)).ToList(),
                ReviewTags.All.Select(t => new TagCountDto(t, summary.Tags.GetValueOrDefault(t))).Where(t => t.Count > 0).OrderByDescending(t => t.Count).ToList(),
                new PagedResultDto<PublicReviewDto>(await items.MapAsync(async r => r.ToPublicDto(await images.LinksAsync(r.Images, ct))), total));
        }
    }

    /// <summary>The source's tenant and store, if it is the caller's and finished; someone else's is not found.</summary>
    private async Task<(Guid TenantId, Guid StoreId)> SourceAsync(ReviewSourceKind kind, Guid sourceId, Guid customerId, CancellationToken ct)
    {
        if (kind == ReviewSourceKind.Order)
        {
            var order = await orders.FindOfCustomerAsync(sourceId, customerId, ct) ?? throw new EntityNotFoundException(nameof(Order), sourceId);
            if (order.Status != OrderStatus.Completed) throw new BusinessException(ReviewErrorCodes.SourceNotCompleted).With("Status", order.Status);
            return (order.TenantId!.Value, order.StoreId);
        }
        var booking = await bookings.FindOfCustomerAsync(sourceId, customerId, ct) ?? throw new EntityNotFoundException(nameof(Booking), sourceId);
        if (booking.Status != BookingStatus.Completed) throw new BusinessException(ReviewErrorCodes.SourceNotCompleted).With("Status", booking.Status);
        return (booking.TenantId!.Value, booking.StoreId);
    }

    private Guid CustomerId() => currentUser is { Kind: UserKind.Customer, Id: { } id } ? id : throw new BusinessException(ReviewErrorCodes.NotACustomer);
}
