namespace LocalLife.WeChat.MiniProgram;

/// <summary>The result of <c>wx.login</c>'s code exchange. UnionId is null unless the app is bound to an Open Platform account.</summary>
public sealed record WeChatSession(string OpenId, string? UnionId, string SessionKey);
