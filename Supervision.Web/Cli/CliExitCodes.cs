namespace Supervision.Web.Cli;

/// <summary>The exit codes every verb uses (docs/cli.md).</summary>
public static class CliExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The verb ran and refused or failed (a rejected file, an unknown key, a failed recalculation); nothing half-written.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong (unknown verb or option, missing or malformed value); nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>A setting has a wrong value (the message names its key); nothing was done.</summary>
    public const int Configuration = 3;
}
