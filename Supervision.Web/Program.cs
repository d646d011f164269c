using MudBlazor.Services;
using Supervision.Web.Cli;
using Supervision.Web.Components;
using Supervision.Web.Data;
using Supervision.Web.Data.Health;
using Supervision.Web.Export;
using Supervision.Web.Hosting;
using Supervision.Web.Ingestion;
using Supervision.Web.Queries;
using Supervision.Web.Queries.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddSupervisionShell();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddSupervisionData(builder.Configuration, builder.Environment);
builder.Services.AddIngestion();
builder.Services.AddFigureQueries();
builder.Services.AddExports();

var app = builder.Build();

await app.InitialiseDatabaseAsync();

if (await app.Services.TryRunCliCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseSupervisionShell();

app.UseAntiforgery();
app.MapStaticAssets();
app.MapSupervisionHealthChecks();
app.MapIngestion();
app.MapFigureApi();
app.MapExports();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

public partial class Program;
