namespace LocalLife.Printing;

/// <summary>How a printer is reached: a network ESC/POS printer on raw TCP (port 9100), or a vendor's cloud printer (adapter to come).</summary>
public enum PrinterConnection
{
    Network = 1,
    Cloud = 2,
}

/// <summary>What a printer prints: a station's kitchen tickets, or the front desk's receipts.</summary>
public enum PrintKind
{
    KitchenTicket = 1,
    Receipt = 2,
}

public enum PrinterState
{
    Ok = 1,
    Error = 2,
}

public static class PrintingErrorCodes
{
    public const string PrinterUnreachable = "LocalLife:Printing:PrinterUnreachable";
}
