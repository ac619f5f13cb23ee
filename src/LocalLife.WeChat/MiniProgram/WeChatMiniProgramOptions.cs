namespace LocalLife.WeChat.MiniProgram;

/// <summary>Bound from <c>WeChat:MiniProgram</c>. BaseAddress is changed only to point at the simulator.</summary>
public sealed class WeChatMiniProgramOptions
{
    public const string SectionName = "WeChat:MiniProgram";

    public string AppId { get; set; } = "";
    public string AppSecret { get; set; } = "";
    public string BaseAddress { get; set; } = "https://api.weixin.qq.com";
}
