namespace LocalLife.Kitchen;

public static class KitchenErrorCodes
{
    public const string IllegalTransition = "LocalLife:Kitchen:IllegalTransition";
    public const string ItemNotFound = "LocalLife:Kitchen:ItemNotFound";
}
