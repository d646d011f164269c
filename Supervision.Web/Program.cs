using MudBlazor.Services;
using Supervision.Web.ApiReference;
using Supervision.Web.Api;
using Supervision.Web.Calendar;
using Supervision.Web.Cli;
using Supervision.Web.Components;
using Supervision.Web.Components.Pages;
using Supervision.Web.Components.Pages.Towns;
using Supervision.Web.Data;
using Supervision.Web.Export;
using Supervision.Web.Export.MeetingPack;
using Supervision.Web.Hosting;
using Supervision.Web.Ingestion;
using Supervision.Web.Live;
using Supervision.Web.Orders;
using Supervision.Web.Queries;
using Supervision.Web.Management;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Scaleout;
using Supervision.Web.Security;
using Supervision.Web.Security.Accounts;
using Supervision.Web.Settings;
using Supervision.Web.Simulation;
using Supervision.Web.Telemetry;
using Supervision.Web.Common;

var commandLine = new SupervisionCommandLine();
var arguments = commandLine.Split(args);
// A verb's own arguments are not configuration: the host reads only the settings given with it.
var builder = WebApplication.CreateBuilder(AppContentRoot.Options(arguments.IsCommand ? [.. arguments.Settings] : args));
if (arguments.IsCommand)
{
    CommandLineRun.Configure(builder);
}
builder.AddSupervisionShell();
builder.AddSupervisionTelemetry();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddSupervisionData(builder.Environment);
builder.Services.AddWorkingCalendar();
builder.Services.AddIngestion();
builder.Services.AddSupervisionSettings();
builder.Services.AddHolidayCalendar();
builder.Services.AddQueries();
builder.Services.AddLive();
builder.Services.AddScaleout(builder.Configuration);
builder.Services.AddHallSimulator();
builder.Services.AddSupervisionSecurity();
builder.Services.AddManagement();
builder.Services.AddTownPages();
builder.Services.AddExports();
builder.Services.AddOrders();
builder.Services.AddApiReference();
builder.Services.AddMeetingPack();

if (arguments.IsCommand)
{
    // Before the accounts: a command never creates the first admin (its generated password would be shown
    // to nobody) nor the demo accounts, whatever the configuration says.
    WebApplication? commandHost = null;
    var exitCode = await commandLine.InvokeAsync(arguments.Verb, async _ => (commandHost = await StartAsync(builder)).Services);
    if (commandHost is not null)
    {
        await commandHost.DisposeAsync();
    }
    return exitCode;
}

var app = await StartAsync(builder);
await app.InitialiseAccountsAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseSupervisionShell();
app.UseSupervisionSecurity();

app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapSupervisionEndpoints();
// SecurityHeaders sends the whole CSP (frame-ancestors included); a second, looser CSP header from Blazor is not wanted.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

await app.RunAsync();
return 0;

// Built and initialised: migrated, seeded and the settings in force, whether a verb or the web host follows.
static async Task<WebApplication> StartAsync(WebApplicationBuilder builder)
{
    var app = ValidatedOptions.Build(builder);
    await app.InitialiseDatabaseAsync();
    await app.InitialiseSettingsAsync();
    return app;
}

public partial class Program;
