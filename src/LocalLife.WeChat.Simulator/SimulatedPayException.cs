namespace LocalLife.WeChat.Simulator;

/// <summary>An error answer the simulator gives as WeChat Pay would: HTTP status and {code, message}.</summary>
public sealed class SimulatedPayException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
}
