using LocalLife.Errors;
using LocalLife.MultiTenancy;
using Microsoft.Extensions.Options;

namespace LocalLife.BlobStoring;

public sealed class BlobContainerFactory(IOptions<BlobStoringOptions> options, IBlobProvider provider, ICurrentTenant currentTenant) : IBlobContainerFactory
{
    public IBlobContainer Get(string container) =>
        options.Value.Containers.TryGetValue(container, out var limits)
            ? new BlobContainer(container, limits, provider, currentTenant)
            : throw new BusinessException(BlobErrorCodes.UnknownContainer).With("Container", container);
}
