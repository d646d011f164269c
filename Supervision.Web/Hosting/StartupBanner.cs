using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Supervision.Web.Common;

namespace Supervision.Web.Hosting;

/// <summary>
/// Prints where the platform listens once Kestrel has bound its addresses, so whoever ran
/// <c>dotnet run</c> knows what to open in the browser.
/// </summary>
internal sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    IEnumerable<IStartupBannerLines> contributors) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Addresses are only known after the server started, which happens after hosted services start.
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var line in Compose(addresses, contributors))
        {
            Console.WriteLine(line);
        }
    }

    internal static IReadOnlyList<string> Compose(IEnumerable<string> addresses, IEnumerable<IStartupBannerLines> contributors)
    {
        var urls = addresses.Select(BrowsableUrl).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (urls.Count == 0)
        {
            // An in-memory test server listens nowhere; there is nothing to open.
            return [];
        }

        var lines = new List<string> { $"监管平台已启动：{string.Join("  ", urls)}" };
        lines.AddRange(contributors.SelectMany(c => c.GetLines()));
        lines.Add("按 Ctrl+C 停止。");
        return lines;
    }

    /// <summary>A wildcard binding (all interfaces) is shown as localhost, which a browser can open.</summary>
    internal static string BrowsableUrl(string address)
    {
        var wildcard = address.Replace("://+:", "://localhost:", StringComparison.Ordinal)
            .Replace("://*:", "://localhost:", StringComparison.Ordinal)
            .Replace("://[::]:", "://localhost:", StringComparison.Ordinal)
            .Replace("://0.0.0.0:", "://localhost:", StringComparison.Ordinal);
        return wildcard.TrimEnd('/');
    }
}
