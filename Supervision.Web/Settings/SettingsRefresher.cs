using Supervision.Web.Common;

namespace Supervision.Web.Settings;

/// <summary>Configuration section <c>Settings</c>.</summary>
public sealed class SettingsRefreshOptions
{
    public const string Section = "Settings";

    /// <summary>How often a node looks for a revision saved elsewhere (another web node, another process); 0 = never.</summary>
    [Range(0, 86_400, ErrorMessage = "应为 0 到 86400 之间的秒数（0 表示不检查）")]
    public int RefreshSeconds { get; set; } = 15;
}

/// <summary>
/// Puts revisions saved on another node in force here too. A save applies at once on the node that
/// saved it; the others notice the newer revision within <see cref="SettingsRefreshOptions.RefreshSeconds"/>
/// by asking the database, which works with or without Redis. The interval runs on the real clock (<see cref="SystemClock"/>).
/// </summary>
internal sealed class SettingsRefresher(
    SettingsStore store, IOptions<SettingsRefreshOptions> options, [FromKeyedServices(SystemClock.Key)] TimeProvider time, ILogger<SettingsRefresher> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PeriodicRefresh.RunAsync(
        options.Value.RefreshSeconds, time,
        ct => store.LoadAsync(ct),
        // The settings in force stay until a tick succeeds.
        e => logger.LogWarning(e, "检查配置新版本失败，沿用当前第 {Revision} 版。", store.Current.Revision),
        stoppingToken);
}
