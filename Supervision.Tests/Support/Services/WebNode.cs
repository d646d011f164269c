using System.Diagnostics;

namespace Supervision.Tests.Support.Services;

/// <summary>
/// The published web app in a process of its own (<c>dotnet Supervision.Web.dll</c>) on a free loopback
/// port, configured through environment variables as an operator would.
/// </summary>
public sealed class WebNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errors = new();

    private WebNode(Process process, int port)
    {
        _process = process;
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
                node._errors.Enqueue(e.Data);
                log?.WriteLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await WebProcess.WaitUntilReadyAsync(process, node.BaseAddress, () => string.Join('\n', node._errors));
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs a CLI verb (e.g. <c>apikey create</c>) against the same configuration; returns its output.</summary>
    public static Task<string> RunCliAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        WebProcess.RunCliAsync(Nullable(environment), args);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        WebProcess.Start(Nullable(environment), args);

    private static Dictionary<string, string?> Nullable(IReadOnlyDictionary<string, string> environment) =>
        environment.ToDictionary(e => e.Key, e => (string?)e.Value);
}
