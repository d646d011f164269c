using Microsoft.AspNetCore.SignalR;
using Supervision.Web.Queries.Figures;
using Supervision.Web.Security;
using Supervision.Web.Routing;

namespace Supervision.Web.Live;

/// <summary>
/// <c>/hubs/live</c>: clients join the <c>county</c> group or a <c>town:{code}</c> group and receive
/// <see cref="ILiveClient"/> messages (see README “实时推送”). Who may connect is the
/// <see cref="SupervisionPolicies.ApiRead"/> policy's (a read key or a signed-in user with some reach);
/// which groups a connection may join is <see cref="IAccessScope.CanJoinLiveGroup"/>'s.
/// </summary>
[Authorize(Policy = SupervisionPolicies.ApiRead)]
public sealed class LiveHub(IAccessScope access, IFigureQueries queries) : Hub<ILiveClient>
{
    public const string CountyGroup = HallAccess.CountyGroup;

    private const string Subscribe = "订阅";

    public static string TownGroup(string code) => HallAccess.TownGroup(code);

    public async Task JoinCounty()
    {
        if (!access.CanJoinLiveGroup(User, CountyGroup))
        {
            throw new HubException(AccessProblems.Detail(User, access.Reach(User), "全县推送", Subscribe));
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, CountyGroup, Context.ConnectionAborted);
    }

    public async Task JoinTown(string code)
    {
        if (string.IsNullOrWhiteSpace(code) || (await queries.GetTownsAsync(Context.ConnectionAborted)).All(t => t.Code != code))
        {
            throw new HubException($"未知镇街代码“{code}”。");
        }
        if (!access.CanJoinLiveGroup(User, TownGroup(code)))
        {
            throw new HubException(AccessProblems.Detail(User, access.Reach(User), $"镇街 {code} 的推送", Subscribe));
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, TownGroup(code), Context.ConnectionAborted);
    }

    public Task LeaveCounty() => Groups.RemoveFromGroupAsync(Context.ConnectionId, CountyGroup, Context.ConnectionAborted);

    public Task LeaveTown(string code) => Groups.RemoveFromGroupAsync(Context.ConnectionId, TownGroup(code), Context.ConnectionAborted);

    private System.Security.Claims.ClaimsPrincipal User =>
        Context.User ?? throw new HubException("连接未通过身份验证。");
}
