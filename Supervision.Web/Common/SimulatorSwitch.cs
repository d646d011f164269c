namespace Supervision.Web.Common;

public static class SimulatorSwitch
{
    /// <summary>
    /// Whether the built-in hall simulator feeds this instance. <c>Simulator:Enabled</c> decides when set;
    /// otherwise a SQLite instance is taken to be a demo (simulated) and a PostgreSQL one to be live.
    /// </summary>
    public static bool IsSimulatorEnabled(this IConfiguration configuration)
    {
        if (configuration.GetValue<bool?>("Simulator:Enabled") is { } configured)
        {
            return configured;
        }

        var provider = configuration["Database:Provider"];
        return string.IsNullOrWhiteSpace(provider) || string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase);
    }
}
