using MudBlazor.Services;
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
using Supervision.Web.Management;
using Supervision.Web.Queries;
using Supervision.Web.Queries.Calendar;
using Supervision.Web.Scaleout;
using Supervision.Web.Security;
using Supervision.Web.Security.Accounts;
using Supervision.Web.Settings;
using Supervision.Web.Simulation;
using Supervision.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);
CommandLineRun.Configure(builder, args);
builder.AddSupervisionShell();
builder.AddSupervisionTelemetry();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddSupervisionData(builder.Configuration, builder.Environment);
builder.Services.AddWorkingCalendar(builder.Configuration);
builder.Services.AddIngestion();
builder.Services.AddSupervisionSettings();
builder.Services.AddHolidayCalendar();
builder.Services.AddFigureQueries();
builder.Services.AddLive();
builder.Services.AddScaleout(builder.Configuration);
builder.Services.AddHallSimulator(builder.Configuration);
builder.Services.AddSupervisionSecurity();
builder.Services.AddManagement();
builder.Services.AddListPages();
builder.Services.AddTownPages();
builder.Services.AddExports();
builder.Services.AddMeetingPack();

var app = builder.Build();

await app.InitialiseDatabaseAsync();
await app.InitialiseSettingsAsync();

// Before the accounts: a command never creates the first admin (its generated password would be shown
// to nobody) nor the demo accounts, whatever the configuration says.
if (await app.Services.TryRunCliCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

await app.InitialiseAccountsAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseSupervisionShell();
app.UseSupervisionSecurity();

app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapSupervisionHealthChecks().AllowAnonymous();
app.MapAccountEndpoints();
app.MapIngestion();
app.MapFigureApi();
app.MapSettingsApi();
app.MapLive();
app.MapTownEndpoints();
app.MapExports();
app.MapMeetingPackEndpoints();
// SecurityHeaders sends the whole CSP (frame-ancestors included); a second, looser CSP header from Blazor is not wanted.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

await app.RunAsync();
return 0;

public partial class Program;
