using System.Diagnostics;

namespace Supervision.Tests.Support.Services;

/// <summary>
/// The built Supervision.Web.dll beside the test binaries, started as an operator would
/// (<c>dotnet Supervision.Web.dll …</c>) and configured through environment variables.
/// </summary>
internal static class WebProcess
{
    public static readonly string AppDirectory = AppContext.BaseDirectory;

    private static readonly TimeSpan ReadinessLimit = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Starts the app with <paramref name="args"/>. The defaults (Production, the seed data beside the tests,
    /// simulator off, warnings only) give way to <paramref name="environment"/>; a null value removes one.
    /// </summary>
    public static Process Start(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        StartIn(AppDirectory, environment, args);

    /// <summary>As <see cref="Start"/>, from <paramref name="workingDirectory"/> (where appsettings.json may be missing).</summary>
    public static Process StartIn(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppDirectory, "Supervision.Web.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["SeedData__Path"] = Path.Combine(AppDirectory, "seed-data");
        info.Environment["Simulator__Enabled"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }
        return Process.Start(info)!;
    }

    /// <summary>
    /// Waits until <c>/healthz</c> answers. Start-up (migrations, seed data) takes seconds, minutes on a
    /// machine shared by many builds: wait for readiness with a generous bound rather than guess a delay.
    /// </summary>
    public static async Task WaitUntilReadyAsync(Process process, Uri baseAddress, Func<string> errors)
    {
        using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ReadinessLimit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"服务进程已退出：{errors()}");
            }
            try
            {
                if ((await probe.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"服务未能就绪：{errors()}");
    }

    /// <summary>Runs a CLI verb (e.g. <c>apikey create</c>) against <paramref name="environment"/>; returns its output.</summary>
    public static async Task<string> RunCliAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var run = await RunToEndAsync(AppDirectory, environment, args);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', args)} 失败：{run.Output}{run.Error}");
        }
        return run.Output;
    }

    /// <summary>
    /// Runs the app with <paramref name="args"/> from <paramref name="workingDirectory"/> until it exits. A run that
    /// does not end (the web host started instead of the verb) is killed and reported, not waited for forever.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunToEndAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var process = StartIn(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(ReadinessLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', args)} 未在 {ReadinessLimit.TotalMinutes} 分钟内结束：{await output}{await error}");
        }
        return (process.ExitCode, await output, await error);
    }
}
