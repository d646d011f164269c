using MudBlazor.Services;

namespace Supervision.Tests.Web.Components;

/// <summary>
/// Base for bUnit tests of components built with MudBlazor. The context is disposed
/// asynchronously because several MudBlazor services only implement IAsyncDisposable,
/// which a synchronous dispose (xunit's default for a test class) rejects.
/// </summary>
public abstract class MudComponentTest : IAsyncLifetime
{
    protected MudComponentTest()
    {
        Context.Services.AddMudServices();
        // MudBlazor calls JavaScript for layout and popovers; bUnit runs none of it.
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected BunitContext Context { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
