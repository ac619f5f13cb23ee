namespace LocalLife.Eventing;

/// <summary>A message whose handling failed: still being redelivered, given up on (waits for an operator), or handled after all.</summary>
public enum DeadLetterStatus
{
    Retrying = 0,
    Dead = 1,
    Resolved = 2,
}
