namespace Supervision.Web.Scaleout;

/// <summary>
/// Degraded (still HTTP 200) when Redis does not answer: the node serves and ingests without it, only
/// cross-node fan-out pauses, so a load balancer must not take the node out.
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await redis.GetAsync();
            if (!connection.IsConnected)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "Redis 未连接：跨节点推送暂停，本节点照常服务");
            }
            var latency = await connection.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis 连接正常（{latency.TotalMilliseconds:0.#} 毫秒）");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Redis 检查出错：{e.Message}");
        }
    }
}
