using Microsoft.AspNetCore.SignalR;
using Supervision.Web.Queries;
using Supervision.Web.Queries.Api;

namespace Supervision.Web.Live;

/// <summary>
/// <c>/hubs/live</c>: clients join the <c>county</c> group or a <c>town:{code}</c> group and receive
/// <see cref="ILiveClient"/> messages (see README “实时推送”). Who may connect, and which groups a
/// connection may join, is decided by <see cref="ReadAccess"/>.
/// </summary>
public sealed class LiveHub(ReadAccess access, IFigureQueries queries) : Hub<ILiveClient>
{
    public const string Path = "/hubs/live";
    public const string CountyGroup = "county";

    private const string ReachItem = "reach";

    public static string TownGroup(string code) => $"town:{code}";

    public override async Task OnConnectedAsync()
    {
        // The endpoint already refused callers without a read key; this records what the key reaches.
        var http = Context.GetHttpContext();
        var result = http is null ? null : await access.AuthorizeAsync(http, Context.ConnectionAborted);
        if (result?.Reach is null)
        {
            Context.Abort();
            return;
        }
        Context.Items[ReachItem] = result.Reach;
        await base.OnConnectedAsync();
    }

    public async Task JoinCounty()
    {
        var reach = Reach();
        if (!reach.IsCounty)
        {
            throw new HubException($"该 API 密钥仅限镇街 {reach.Town}，无权订阅全县推送。");
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, CountyGroup, Context.ConnectionAborted);
    }

    public async Task JoinTown(string code)
    {
        var reach = Reach();
        if (string.IsNullOrWhiteSpace(code) || (await queries.GetTownsAsync(Context.ConnectionAborted)).All(t => t.Code != code))
        {
            throw new HubException($"未知镇街代码“{code}”。");
        }
        if (!reach.CanReadTown(code))
        {
            throw new HubException($"该 API 密钥仅限镇街 {reach.Town}，无权订阅镇街 {code} 的推送。");
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, TownGroup(code), Context.ConnectionAborted);
    }

    public Task LeaveCounty() => Groups.RemoveFromGroupAsync(Context.ConnectionId, CountyGroup, Context.ConnectionAborted);

    public Task LeaveTown(string code) => Groups.RemoveFromGroupAsync(Context.ConnectionId, TownGroup(code), Context.ConnectionAborted);

    private ReadReach Reach() =>
        Context.Items.TryGetValue(ReachItem, out var value) && value is ReadReach reach
            ? reach
            : throw new HubException("连接未通过身份验证。");
}
