namespace Supervision.Tests.Web.Components.Browser;

/// <summary>
/// A browser test: it drives the system chromium (never a downloaded browser). Without one it is
/// skipped with a clear message, except in CI (<c>CI=true</c>), where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(SystemChromium.ExecutablePath) && !SystemChromium.InCi)
        {
            Skip = $"没有找到 chromium（{SystemChromium.ExecutablePath}）：请安装 Debian 的 chromium 或设置 {SystemChromium.Variable}。";
        }
    }
}

public static class SystemChromium
{
    public const string Variable = "SUPERVISION_TEST_CHROMIUM";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Quiet, offline, container-friendly flags.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>Fails loudly (the CI case) when the browser is not there.</summary>
    public static void EnsurePresent()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"CI 环境缺少 chromium（{ExecutablePath}），浏览器测试不能跳过。请安装 chromium 或设置 {Variable}。");
        }
    }
}
