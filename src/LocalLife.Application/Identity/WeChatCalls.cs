using LocalLife.Errors;
using LocalLife.WeChat.MiniProgram;

namespace LocalLife.Identity;

/// <summary>WeChat mini-program API failures as LocalLife errors: a bad code is the caller's (400), the rest WeChat's (503).</summary>
internal static class WeChatCalls
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (WeChatApiException e) when (e.Error is WeChatApiError.InvalidCode or WeChatApiError.HighRiskUser)
        {
            throw new BusinessException(IdentityErrorCodes.WeChatCodeInvalid, e.Message);
        }
        catch (Exception e) when (e is WeChatApiException or HttpRequestException || e is TaskCanceledException && e.InnerException is TimeoutException)
        {
            throw new BusinessException(IdentityErrorCodes.WeChatUnavailable, e.Message);
        }
    }
}
