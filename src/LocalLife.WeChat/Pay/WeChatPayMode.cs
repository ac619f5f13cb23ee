namespace LocalLife.WeChat.Pay;

/// <summary>Direct: the platform is the merchant. Partner: the platform is a service provider paying into each tenant's sub-merchant.</summary>
public enum WeChatPayMode
{
    Direct,
    Partner,
}
