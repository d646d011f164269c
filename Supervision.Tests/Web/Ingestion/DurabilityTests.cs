using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;

namespace Supervision.Tests.Web.Ingestion;

/// <summary>The real server in its own process: a 200 means the batch survives the process being killed.</summary>
public sealed class DurabilityTests : IAsyncLifetime
{
    private static readonly string AppDirectory = AppContext.BaseDirectory;
    private readonly string folder = Directory.CreateTempSubdirectory("supervision-durability-").FullName;

    private string DatabaseFile => Path.Combine(folder, "supervision.db");

    [Fact]
    public async Task Events_acknowledged_with_200_are_all_there_after_the_server_is_killed_and_restarted()
    {
        var key = await CreateKeyAsync();
        var batch = Samples.EveryType("dur").Concat(Samples.EveryType("dur2")).ToList();

        var port = FreePort();
        using (var server = await StartServerAsync(port))
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var response = await PostAsync(client, key, batch);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        Assert.Equal(batch.Select(e => e.Id).Order(StringComparer.Ordinal), await StoredIdsAsync());
        port = FreePort();
        using (var restarted = await StartServerAsync(port))
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var again = await (await PostAsync(client, key, batch)).Content.ReadFromJsonAsync<Result>();
            Assert.Equal(new Result(0, batch.Count), again);
            restarted.Kill(entireProcessTree: true);
            await restarted.WaitForExitAsync();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<string> CreateKeyAsync()
    {
        using var cli = Start("apikey", "create", "--town", Samples.Town, "--name", "叫号机");
        var output = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        Assert.True(cli.ExitCode == 0, $"apikey create failed: {output}{await cli.StandardError.ReadToEndAsync()}");
        Assert.Contains("仅显示这一次", output);
        return output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("sv_", StringComparison.Ordinal));
    }

    private async Task<Process> StartServerAsync(int port)
    {
        var server = Start("--urls", $"http://127.0.0.1:{port}");
        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        // Start-up (migrations, seed) takes a few seconds, far more on a loaded CI machine; wait for
        // readiness with a generous bound rather than guess a delay.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"server exited: {await server.StandardError.ReadToEndAsync()}");
            }
            try
            {
                if ((await probe.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        server.Kill(entireProcessTree: true);
        throw new TimeoutException("server did not become ready");
    }

    private Process Start(params string[] args)
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
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["ConnectionStrings__Supervision"] = $"Data Source={DatabaseFile}";
        info.Environment["SeedData__Path"] = Path.Combine(AppDirectory, "seed-data");
        info.Environment["Simulator__Enabled"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info)!;
        // Drain stdout so a chatty server never blocks on a full pipe.
        if (args[0] == "--urls")
        {
            process.OutputDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
        }
        return process;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string key, IReadOnlyList<HallEvent> batch)
    {
        var content = new ByteArrayContent(EventJson.SerializeBatch(batch));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events") { Content = content };
        request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }

    private async Task<List<string>> StoredIdsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Events";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids.Order(StringComparer.Ordinal).ToList();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Result(int Stored, int Duplicates);
}
