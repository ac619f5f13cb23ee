using LocalLife.Printing;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the printer errors.</summary>
internal static class PrintingErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { PrintingErrorCodes.PrinterUnreachable, Status502BadGateway },
    };
}
