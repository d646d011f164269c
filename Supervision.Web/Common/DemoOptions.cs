namespace Supervision.Web.Common;

/// <summary>Configuration section <c>Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>The key that turns demo mode on, as messages name it.</summary>
    public const string Setting = "Demo:Enabled";

    /// <summary>
    /// Whether this instance is a demo with one public-password account per role. Only <c>Demo:Enabled=true</c>
    /// turns it on (launchSettings.json does, for <c>dotnet run</c>); the database and the simulator do not.
    /// </summary>
    public bool Enabled { get; set; }
}
