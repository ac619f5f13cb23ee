namespace LocalLife.WeChat.Simulator;

/// <summary>
/// Bound from <c>WeChatSimulator</c>; empty values are taken from the host's own <c>WeChat:MiniProgram</c> and
/// <c>WeChat:Pay</c> sections, so a demo host usually configures nothing here.
/// </summary>
public sealed class WeChatSimulatorOptions
{
    public const string SectionName = "WeChatSimulator";

    public string AppId { get; set; } = "";
    public string AppSecret { get; set; } = "";
    /// <summary>The mchid (Direct) or sp_mchid (Partner) that signs requests.</summary>
    public string MchId { get; set; } = "";
    public string MerchantSerialNo { get; set; } = "";
    /// <summary>Public key or certificate PEM that verifies the merchant's request signatures.</summary>
    public string MerchantPublicKeyPem { get; set; } = "";
    public string ApiV3Key { get; set; } = "";
    /// <summary>Plays WeChat Pay's signing key. Empty: a fresh key is generated at start.</summary>
    public string PlatformPrivateKeyPem { get; set; } = "";
    public string PlatformPublicKeyId { get; set; } = "PUB_KEY_ID_0100000000SIMULATOR0000000001";
    public int AccessTokenLifetimeSeconds { get; set; } = 7200;
    /// <summary>Text containing one of these is judged risky (label 20006) by msg_sec_check.</summary>
    public List<string> RiskyWords { get; set; } = ["赌博", "代开发票", "sim-risky"];
    /// <summary>Text containing one of these is sent to review (label 21000).</summary>
    public List<string> ReviewWords { get; set; } = ["sim-review"];
    /// <summary>Waits between notification attempts; their count plus one is the number of attempts.</summary>
    public List<TimeSpan> NotificationRetryDelays { get; set; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10)];
}
