namespace LocalLife.WeChat.ContentSecurity;

/// <summary>WeChat's verdict: publish, hold for a person to review, or refuse.</summary>
public enum ContentSuggestion
{
    Pass,
    Review,
    Risky,
}
