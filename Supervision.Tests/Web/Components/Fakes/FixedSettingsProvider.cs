namespace Supervision.Tests.Web.Components.Fakes;

/// <summary>The documented defaults as revision 1, for pages that only read the settings; a test may put another revision in force.</summary>
internal sealed class FixedSettingsProvider : ISettingsProvider
{
    public SettingsSnapshot Current { get; set; } = new(1, SupervisionSettings.Default);

    public event Action<SettingsSnapshot>? Changed
    {
        add { }
        remove { }
    }
}
