using System.CommandLine;

namespace Supervision.Web.Cli;

/// <summary>
/// A process's arguments split into configuration settings and a verb with its own arguments. Settings are
/// what the web host's command line accepts, anywhere on the line: <c>--Key=Value</c> for any key that is not an
/// option of a verb, and <c>--Key Value</c> for a key with a section (<c>--Database:Provider Postgres</c>) or one of
/// the host's own keys (<c>--urls</c>, <c>--environment</c>, <c>--contentRoot</c>, <c>--applicationName</c>).
/// Everything else belongs to the verb, so a mistyped <c>--speed 3</c> is an error rather than a setting.
/// </summary>
public sealed record CommandLineArguments(IReadOnlyList<string> Settings, IReadOnlyList<string> Verb)
{
    private static readonly HashSet<string> HostKeys = new(["urls", "environment", "contentRoot", "applicationName"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a verb is given (<c>apikey list</c>, <c>--help</c>); without one the web host starts.</summary>
    public bool IsCommand => Verb.Count > 0;

    /// <param name="root">The verbs, whose option names are never settings (<c>--name:x</c> is the verb's <c>--name</c>).</param>
    public static CommandLineArguments Split(IReadOnlyList<string> args, Command root)
    {
        var options = OptionNames(root);
        var (settings, verb) = (new List<string>(), new List<string>());
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                verb.AddRange(args.Skip(i)); // the verb's own separator: what follows is never a setting
                break;
            }
            if (!IsSetting(arg, options))
            {
                verb.Add(arg);
                continue;
            }
            settings.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
            {
                settings.Add(args[++i]);
            }
        }
        return new CommandLineArguments(settings, verb);
    }

    private static bool IsSetting(string arg, HashSet<string> options)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
        {
            return false;
        }
        var key = arg[2..].Split('=', 2)[0];
        var section = key.Split(':', 2)[0];
        return !options.Contains("--" + section)
            && (arg.Contains('=', StringComparison.Ordinal) || key.Contains(':', StringComparison.Ordinal) || HostKeys.Contains(key));
    }

    private static HashSet<string> OptionNames(Command command)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Command>([command]);
        while (pending.TryPop(out var next))
        {
            foreach (var option in next.Options)
            {
                names.Add(option.Name);
                names.UnionWith(option.Aliases);
            }
            foreach (var sub in next.Subcommands)
            {
                pending.Push(sub);
            }
        }
        return names;
    }
}
