using System.Text.Json.Serialization;

namespace LocalLife.WeChat.MiniProgram;

/// <summary>The errcode/errmsg pair every api.weixin.qq.com answer may carry; absent means success.</summary>
public class WeChatApiResponse
{
    [JsonPropertyName("errcode")] public int ErrCode { get; set; }
    [JsonPropertyName("errmsg")] public string? ErrMsg { get; set; }
}
