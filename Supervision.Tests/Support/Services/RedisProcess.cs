using System.Diagnostics;
using System.Net.Sockets;

namespace Supervision.Tests.Support.Services;

/// <summary>A private redis-server on a free loopback port that a test may stop and start again on the same port.</summary>
public sealed class RedisProcess : IDisposable
{
    private Process? process;

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
        process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        await WaitUntilAsync(() => Answers(), TimeSpan.FromSeconds(30), "redis-server did not answer");
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        process = null;
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
