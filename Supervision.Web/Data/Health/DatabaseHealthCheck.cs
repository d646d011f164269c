using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Data.Health;

/// <summary>Healthy when the configured database accepts a connection.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<SupervisionDbContext> contextFactory, DatabaseSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"数据库（{settings.Provider}）连接正常")
                : new HealthCheckResult(context.Registration.FailureStatus, $"无法连接数据库（{settings.Provider}）");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"数据库（{settings.Provider}）检查出错：{ex.Message}", ex);
        }
    }
}
