using System.Diagnostics;

namespace Supervision.Tests.Support.Services;

/// <summary>A private redis-server on a free loopback port that a test may stop and start again on the same port.</summary>
public sealed class RedisProcess : IDisposable
{
    private Process? _process;

    public int Port { get; } = FreePort.Next();

    public string Connection => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", $"{Port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            info.ArgumentList.Add(arg);
        }
        _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        await WaitUntilAsync(() => Answers(), TimeSpan.FromSeconds(30), "redis-server did not answer");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => StopAsync().GetAwaiter().GetResult();

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient("127.0.0.1", Port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            return stream.Read(buffer) > 0 && System.Text.Encoding.ASCII.GetString(buffer).Contains("PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    internal static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit, string failure)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > limit)
            {
                throw new TimeoutException(failure);
            }
            await Task.Delay(100);
        }
    }
}
