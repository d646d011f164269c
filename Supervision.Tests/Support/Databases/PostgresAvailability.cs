namespace Supervision.Tests.Support.Databases;

/// <summary>
/// Whether PostgreSQL tests can run. They need <c>SUPERVISION_TEST_POSTGRES</c> (a connection string
/// to a server where the user may create databases). Outside CI they are skipped without it; in CI
/// (<c>CI=true</c>) they run anyway and fail with <see cref="MissingMessage"/>, so a misconfigured
/// pipeline cannot pass silently.
/// </summary>
public static class PostgresAvailability
{
    public const string Variable = "SUPERVISION_TEST_POSTGRES";

    public const string MissingMessage =
        $"PostgreSQL 测试需要环境变量 {Variable}（例如 Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres）。" +
        $" CI=true requires {Variable} to be set for the PostgreSQL tests.";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the tests should run (available, or in CI where they must fail if not).</summary>
    public static string? SkipReason => SkipReasonFor(ConnectionString, IsCi);

    /// <summary>The skip decision for a given environment: skip only when no server is configured outside CI.</summary>
    public static string? SkipReasonFor(string? connectionString, bool ci) => connectionString is null && !ci
        ? $"未设置 {Variable}，跳过 PostgreSQL 测试。Set {Variable} to run the PostgreSQL tests."
        : null;

    public static string ConnectionStringOrThrow() =>
        ConnectionString ?? throw new InvalidOperationException(MissingMessage);
}
