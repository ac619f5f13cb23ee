namespace LocalLife;

/// <summary>Tests that need WeChat's callbacks: the host on Kestrel with the simulator mounted, on its own database.</summary>
[CollectionDefinition(Name)]
public sealed class WeChatCollection : ICollectionFixture<WeChatApiFixture>
{
    public const string Name = "wechat";
}
