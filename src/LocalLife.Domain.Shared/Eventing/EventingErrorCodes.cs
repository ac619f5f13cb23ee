namespace LocalLife.Eventing;

public static class EventingErrorCodes
{
    public const string MessageNotFailed = "LocalLife:Events:MessageNotFailed";
}
