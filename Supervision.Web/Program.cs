using MudBlazor.Services;
using Supervision.Web.Cli;
using Supervision.Web.Components;
using Supervision.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSupervisionShell();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

var app = builder.Build();

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
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

public partial class Program;
