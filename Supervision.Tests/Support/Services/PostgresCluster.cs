using System.Diagnostics;

namespace Supervision.Tests.Support.Services;

/// <summary>
/// A throw-away PostgreSQL cluster of one test's own (initdb + pg_ctl in a temp folder, free loopback
/// port), so the test can stop and restart the server without disturbing tests that share test.sh's.
/// As root it runs the server as the <c>postgres</c> user, like test.sh.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _root;

    private PostgresCluster(string bin, string root)
    {
        _bin = bin;
        _root = root;
    }

    public int Port { get; } = FreePort.Next();

    private string Data => Path.Combine(_root, "data");

    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = false, Timeout = 5,
        }.ToString();

    public static async Task<PostgresCluster> CreateAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql")
            .Select(version => Path.Combine(version, "bin"))
            .Where(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            .OrderByDescending(dir => dir, StringComparer.Ordinal)
            .FirstOrDefault() ?? throw new InvalidOperationException("PostgreSQL (initdb, pg_ctl) is not installed under /usr/lib/postgresql.");
        var root = Directory.CreateTempSubdirectory("supervision-pg-").FullName;
        var cluster = new PostgresCluster(bin, root);
        if (Environment.UserName == "root")
        {
            // The server may not run as root: hand the folder to the postgres user, as test.sh does.
            await RunAsync("chmod", "755", root);
            await RunAsync("chown", "postgres:", root);
        }
        await cluster.RunAsPostgresAsync("initdb", "-D", cluster.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        await cluster.StartAsync();
        return cluster;
    }

    public Task StartAsync() => RunAsPostgresAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "start",
        "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=100");

    public Task StopAsync() => RunAsPostgresAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsPostgresAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        Directory.Delete(_root, recursive: true);
    }

    private Task RunAsPostgresAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
