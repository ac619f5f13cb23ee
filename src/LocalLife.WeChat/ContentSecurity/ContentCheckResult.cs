namespace LocalLife.WeChat.ContentSecurity;

/// <summary>
/// The overall result of a text check. <see cref="Label"/> is WeChat's number: 100 normal, 10001 ad,
/// 20001 politics, 20002 porn, 20003 abuse, 20006 crime, 20008 fraud, 20012 vulgar, 20013 copyright, 21000 other.
/// </summary>
public sealed record ContentCheckResult(ContentSuggestion Suggestion, int Label, string? TraceId)
{
    public const int NormalLabel = 100;
}
