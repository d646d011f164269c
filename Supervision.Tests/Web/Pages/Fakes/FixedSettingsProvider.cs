using Supervision.Domain.Settings;
using Supervision.Web.Settings;

namespace Supervision.Tests.Web.Pages.Fakes;

/// <summary>The documented defaults as revision 1, for pages that only read the settings.</summary>
internal sealed class FixedSettingsProvider : ISettingsProvider
{
    public SettingsSnapshot Current { get; } = new(1, SupervisionSettings.Default);

    public event Action<SettingsSnapshot>? Changed
    {
        add { }
        remove { }
    }
}
