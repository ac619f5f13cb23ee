namespace LocalLife.Reviews;

/// <summary>
/// What the automatic checks found, in the order they ran: the platform's word lists, WeChat's content check (not asked
/// when a blocked word already decided), and the suspicious-pattern checks of §7.3.
/// </summary>
public sealed record ReviewScreening(
    IReadOnlyList<string> BlockedWords,
    IReadOnlyList<string> SuspiciousWords,
    MachineVerdict? Verdict,
    int? Label,
    string? TraceId,
    IReadOnlyList<string> PatternFlags)
{
    public static ReviewScreening Blocked(IReadOnlyList<string> words) => new(words, [], null, null, null, []);
}
