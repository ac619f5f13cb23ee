using Microsoft.AspNetCore.SignalR;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LocalLife.RealTime;

/// <summary>LocalLife tokens name the user in <c>sub</c>, not in the name-identifier claim SignalR looks for.</summary>
internal sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User?.FindFirst(Claims.Subject)?.Value;
}
