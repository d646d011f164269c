using System.Diagnostics;
using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using Supervision.Tests.Support.Services;

namespace Supervision.Tests.Web.Components.Browser;

/// <summary>
/// The built Supervision.Web.dll in its own process on a loopback port (a browser needs real Kestrel,
/// not TestServer), with a temporary SQLite database and the simulator off (or on, as a newcomer's
/// <c>dotnet run</c> has it). Restartable on the same port, so a test can check that pages come back
/// after the server does. <paramref name="settings"/> (environment variables) add to or override the defaults.
/// </summary>
public sealed class DashboardServer(bool simulator = false, IReadOnlyDictionary<string, string?>? settings = null) : IAsyncDisposable
{
    /// <summary>The first-run administrator's password, so the browser can sign in.</summary>
    public const string AdminPassword = "browser-test-2020";

    private readonly string _folder = Directory.CreateTempSubdirectory("supervision-browser-").FullName;
    private readonly StringBuilder _errors = new();
    private readonly List<string> _output = [];
    private Process? _process;

    public int Port { get; } = FreePort.Next();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>What the server printed to the console so far (the start-up banner with the sign-in lines).</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    public async Task StartAsync()
    {
        _process = Start("--urls", BaseAddress.ToString().TrimEnd('/'));
        await WebProcess.WaitUntilReadyAsync(_process, BaseAddress, () => _errors.ToString());
    }

    /// <summary>Kills the server as a crash or a deployment would.</summary>
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

    /// <summary>A write key for <paramref name="town"/>, created with the CLI as an operator would.</summary>
    public async Task<string> CreateApiKeyAsync(string town)
    {
        var output = await WebProcess.RunCliAsync(Environment, "apikey", "create", "--town", town, "--name", "浏览器测试");
        return output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("sv_", StringComparison.Ordinal));
    }

    public async Task PostEventsAsync(string key, IReadOnlyList<HallEvent> events)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var content = new ByteArrayContent(EventJson.SerializeBatch(events));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/events") { Content = content };
        request.Headers.Add("X-Api-Key", key);
        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"事件上报失败：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Dictionary<string, string?> Environment => (settings ?? new Dictionary<string, string?>()).Aggregate(Defaults, (all, setting) =>
    {
        all[setting.Key] = setting.Value;
        return all;
    });

    private Dictionary<string, string?> Defaults => new()
    {
        // Development turns on static web assets (blazor.web.js, MudBlazor's files, wwwroot) for a build
        // that has not been published; everything else is configured explicitly below.
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__Supervision"] = $"Data Source={Path.Combine(_folder, "supervision.db")}",
        ["Simulator__Enabled"] = simulator ? "true" : "false",
        // A newcomer configures nothing: the simulator run is `dotnet run`, whose launchSettings.json turns
        // demo mode on; it keeps the generated password, the demo accounts and the default logging.
        ["Demo__Enabled"] = simulator ? "true" : null,
        ["Bootstrap__AdminPassword"] = simulator ? null : AdminPassword,
        ["Logging__LogLevel__Default"] = simulator ? null : "Warning",
    };

    private Process Start(params string[] args)
    {
        var started = WebProcess.Start(Environment, args);
        // Drain both pipes so a chatty server never blocks; keep errors for the failure message.
        started.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_output)
                {
                    _output.Add(e.Data);
                }
            }
        };
        started.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        return started;
    }
}
