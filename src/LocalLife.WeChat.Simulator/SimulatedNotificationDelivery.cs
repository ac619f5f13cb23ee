namespace LocalLife.WeChat.Simulator;

/// <summary>What happened to one notification: tests and demos read these to see what the host answered.</summary>
public sealed record SimulatedNotificationDelivery(string NotifyUrl, string EventType, int Attempts, bool Delivered, int? LastStatus);
