using Microsoft.AspNetCore.Localization;

namespace Supervision.Web.Hosting;

public static class ShellExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    private static readonly CultureInfo China = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>
    /// Chinese culture for the whole process (console, CLI commands, background services),
    /// the start-up banner and the default address.
    /// </summary>
    public static WebApplicationBuilder AddSupervisionShell(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = China;
        CultureInfo.DefaultThreadCurrentUICulture = China;

        // launchSettings gives `dotnet run` this address; the same default keeps a published build on it too.
        var configured = new[] { "urls", "http_ports", "https_ports" }.Any(key => !string.IsNullOrWhiteSpace(builder.Configuration[key]));
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }

    /// <summary>Every user reads Chinese numbers and dates, whatever language the browser asks for.</summary>
    public static WebApplication UseSupervisionShell(this WebApplication app)
    {
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(China);
            options.SupportedCultures = [China];
            options.SupportedUICultures = [China];
            options.RequestCultureProviders.Clear();
        });
        return app;
    }
}
