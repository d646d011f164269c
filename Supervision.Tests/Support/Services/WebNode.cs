using System.Collections.Concurrent;
using System.Diagnostics;

namespace Supervision.Tests.Support.Services;

/// <summary>
/// The published web app in a process of its own (<c>dotnet Supervision.Web.dll</c>) on a free loopback
/// port, configured through environment variables as an operator would.
/// </summary>
public sealed class WebNode : IAsyncDisposable
{
    private static readonly string AppDirectory = AppContext.BaseDirectory;
    private readonly Process process;
    private readonly ConcurrentQueue<string> errors = new();

    private WebNode(Process process, int port)
    {
        this.process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Starts the node and waits until <c>/healthz</c> answers.</summary>
    public static async Task<WebNode> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort.Next();
        var process = Start(environment, "--urls", $"http://127.0.0.1:{port}");
        var node = new WebNode(process, port);
        var log = Environment.GetEnvironmentVariable("SUPERVISION_TEST_NODE_LOGS") is { Length: > 0 } folder
            ? TextWriter.Synchronized(new StreamWriter(Path.Combine(folder, $"node-{port}.log")) { AutoFlush = true })
            : null;
        process.OutputDataReceived += (_, e) => log?.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                node.errors.Enqueue(e.Data);
                log?.WriteLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = node.CreateClient();
        // Start-up (migrations, seed) takes seconds, far more on a loaded machine: wait with a generous bound.
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"node exited: {string.Join('\n', node.errors)}");
            }
            try
            {
                if ((await probe.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return node;
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
        await node.DisposeAsync();
        throw new TimeoutException("node did not become ready");
    }

    /// <summary>Runs a CLI verb (e.g. <c>apikey create</c>) against the same configuration; returns its output.</summary>
    public static async Task<string> RunCliAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', args)} failed: {await output}{await error}");
        }
        return await output;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppDirectory,
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
            info.Environment[key] = value;
        }
        return Process.Start(info)!;
    }
}
