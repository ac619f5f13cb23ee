namespace LocalLife.Media;

/// <summary>Whose video it is: a store's overall video (may be longer) or one angle of a room or booth (≤ 20 s).</summary>
public enum VideoOwnerKind
{
    Store = 1,
    Space = 2,
}

public enum VideoStatus
{
    /// <summary>An upload URL was handed out; the file has not been confirmed.</summary>
    AwaitingUpload = 1,
    /// <summary>Uploaded; a job is checking and transcoding it.</summary>
    Processing = 2,
    Ready = 3,
    Rejected = 4,
}
