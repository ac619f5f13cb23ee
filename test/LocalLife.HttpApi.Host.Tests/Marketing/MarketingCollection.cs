namespace LocalLife.Marketing;

/// <summary>Marketing's tests on a host and database of their own (their races are long): they run beside the other collections.</summary>
[CollectionDefinition(Name)]
public sealed class MarketingCollection : ICollectionFixture<WeChatApiFixture>
{
    public const string Name = "marketing";
}
