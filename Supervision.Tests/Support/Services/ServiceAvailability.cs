using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Support.Services;

/// <summary>
/// Whether the scale-out tests can run. They need <c>SUPERVISION_TEST_POSTGRES</c> and
/// <c>SUPERVISION_TEST_REDIS</c> (set by test.sh, which also installs the servers they start their own
/// copies of). Outside CI they are skipped without them; in CI they run anyway and fail loudly.
/// </summary>
public static class ServiceAvailability
{
    public const string RedisVariable = "SUPERVISION_TEST_REDIS";

    public static string? Redis => Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Null when the Redis tests should run (a server is configured, or in CI where they must fail without one).</summary>
    public static string? RedisSkipReason =>
        PostgresAvailability.IsCi || Redis is not null
            ? null
            : $"未设置 {RedisVariable}，跳过 Redis 测试。Run ./test.sh to run them.";

    /// <summary>The Redis server of test.sh; in CI without one, a failure naming the variable.</summary>
    public static string RedisOrThrow() => Redis ?? throw new InvalidOperationException(
        $"Redis 测试需要环境变量 {RedisVariable}（例如 127.0.0.1:6379）。CI=true requires {RedisVariable} to be set for the Redis tests.");

    public static string? ScaleoutSkipReason =>
        PostgresAvailability.IsCi || (PostgresAvailability.ConnectionString is not null && Redis is not null)
            ? null
            : $"未设置 {PostgresAvailability.Variable} 与 {RedisVariable}，跳过多节点测试。Run ./test.sh to run them.";
}

/// <summary>A fact that needs PostgreSQL and Redis: skipped outside CI when test.sh did not provide them.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScaleoutFactAttribute : FactAttribute
{
    public ScaleoutFactAttribute()
    {
        if (Skip is null && ServiceAvailability.ScaleoutSkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A fact that needs the Redis of test.sh: skipped outside CI without <c>SUPERVISION_TEST_REDIS</c>, failing in CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (Skip is null && ServiceAvailability.RedisSkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
