using StackExchange.Redis;

namespace Supervision.Web.Scaleout;

/// <summary>
/// The node's one Redis multiplexer, shared by the live relay, the tick lease, the health check and the
/// SignalR backplane of <c>/hubs/live</c>. Created on first use without waiting for Redis to answer.
/// </summary>
public sealed class RedisConnection(RedisSettings settings, ILoggerFactory loggers) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _multiplexer = new(async () =>
    {
        var options = settings.ToOptions();
        // The client's own reconnect and subscription messages go to the app's logs (category StackExchange.Redis…).
        options.LoggerFactory = loggers;
        var connection = await ConnectionMultiplexer.ConnectAsync(options);
        var logger = loggers.CreateLogger<RedisConnection>();
        connection.ConnectionFailed += (_, e) =>
            logger.LogWarning("Redis 连接中断（{Endpoint}，{FailureType}）；本节点继续独立运行，恢复后自动重连。", e.EndPoint, e.FailureType);
        connection.ConnectionRestored += (_, e) => logger.LogInformation("Redis 连接已恢复（{Endpoint}）。", e.EndPoint);
        if (!connection.IsConnected)
        {
            logger.LogWarning("Redis（{Connection}）暂时无法连接；跨节点推送暂停，后台持续重连。", Redact(settings.Connection));
        }
        return connection;
    });

    /// <summary>A stable id for this process, so a node recognises its own messages.</summary>
    public string NodeId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public Task<IConnectionMultiplexer> GetAsync() => _multiplexer.Value;

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated)
        {
            await (await _multiplexer.Value).DisposeAsync();
        }
    }

    private static string Redact(string connection) =>
        string.Join(',', connection.Split(',').Where(part => !part.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase)));
}
