namespace Supervision.Web.Queries.Settings;

/// <summary>
/// The settings in force, for every consumer (figures, alert thresholds, activity time limits). Read
/// <see cref="Current"/> at the start of each calculation instead of keeping it: a save replaces it
/// without a restart and raises <see cref="Changed"/>.
/// </summary>
public interface ISettingsProvider
{
    SettingsSnapshot Current { get; }

    /// <summary>Raised after a new revision is in force, on the saving thread.</summary>
    event Action<SettingsSnapshot>? Changed;
}

/// <summary>One revision of the settings and the calculator built from it (valid settings only).</summary>
public sealed class SettingsSnapshot(int revision, SupervisionSettings settings)
{
    public int Revision { get; } = revision;

    public SupervisionSettings Settings { get; } = settings;

    public FigureCalculator Calculator { get; } = settings.Calculator();
}
