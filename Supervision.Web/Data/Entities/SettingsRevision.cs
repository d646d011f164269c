namespace Supervision.Web.Data.Entities;

/// <summary>
/// One saved state of the configurable settings (table SettingsRevisions). Append-only: a change adds
/// the next revision, nothing is updated or deleted, and the current settings are the latest revision.
/// </summary>
public sealed class SettingsRevision
{
    /// <summary>1, 2, 3…; the key, so two administrators saving at once cannot both add the same one.</summary>
    public int Revision { get; init; }

    /// <summary>JSON object of every field key → value in stored units (see SettingFields).</summary>
    public required string Values { get; init; }

    /// <summary>User name, or null for the seed written at first start.</summary>
    public string? ChangedBy { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    /// <summary>修改说明: why the values changed.</summary>
    public required string Note { get; init; }
}
