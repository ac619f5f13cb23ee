namespace LocalLife.Dispatch;

public static class DispatchErrorCodes
{
    public const string IllegalTransition = "LocalLife:Dispatch:IllegalTransition";
    public const string NotYourTask = "LocalLife:Dispatch:NotYourTask";
    public const string StopNotFound = "LocalLife:Dispatch:StopNotFound";
    public const string WaiterNotOnDuty = "LocalLife:Dispatch:WaiterNotOnDuty";
}
