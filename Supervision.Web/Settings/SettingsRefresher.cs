using Microsoft.Extensions.Options;

namespace Supervision.Web.Settings;

/// <summary>Configuration section <c>Settings</c>.</summary>
public sealed class SettingsRefreshOptions
{
    public const string Section = "Settings";

    /// <summary>How often a node looks for a revision saved elsewhere (another web node, another process); 0 = never.</summary>
    public int RefreshSeconds { get; set; } = 15;
}

/// <summary>
/// Puts revisions saved on another node in force here too. A save applies at once on the node that
/// saved it; the others notice the newer revision within <see cref="SettingsRefreshOptions.RefreshSeconds"/>
/// by asking the database, which works with or without Redis.
/// </summary>
internal sealed class SettingsRefresher(
    SettingsStore store, IOptions<SettingsRefreshOptions> options, TimeProvider time, ILogger<SettingsRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RefreshSeconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await store.LoadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment; the settings in force stay, and the next tick tries again.
                logger.LogWarning(e, "检查配置新版本失败，沿用当前第 {Revision} 版。", store.Current.Revision);
            }
        }
    }
}
