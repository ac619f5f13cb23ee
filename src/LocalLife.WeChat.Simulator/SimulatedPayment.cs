namespace LocalLife.WeChat.Simulator;

/// <summary>The outcome of a simulated payment; <see cref="Delivered"/> is whether the host acknowledged the notification.</summary>
public sealed record SimulatedPayment(
    [property: System.Text.Json.Serialization.JsonPropertyName("out_trade_no")] string OutTradeNo,
    [property: System.Text.Json.Serialization.JsonPropertyName("transaction_id")] string TransactionId,
    [property: System.Text.Json.Serialization.JsonPropertyName("delivered")] bool Delivered);
