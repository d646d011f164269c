namespace Supervision.Web.Common;

public static class DemoSwitch
{
    public const string Setting = "Demo:Enabled";

    /// <summary>
    /// Whether this instance is a demo with one public-password account per role. Only <c>Demo:Enabled=true</c>
    /// turns it on (launchSettings.json does, for <c>dotnet run</c>); the database and the simulator do not.
    /// </summary>
    public static bool IsDemoEnabled(this IConfiguration configuration) => configuration.GetValue<bool>(Setting);
}
