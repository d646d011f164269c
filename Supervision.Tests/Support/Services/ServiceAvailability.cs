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
