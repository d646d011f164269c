using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Supervision.Web.Cli;

/// <summary>
/// The help text in Chinese. System.CommandLine's own help is only partly translated (its headings and the
/// help option's description stay English), so the root's help option writes this instead.
/// </summary>
public sealed class ChineseHelp(Func<TextWriter> output) : SynchronousCommandLineAction
{
    private const string Program = "dotnet Supervision.Web.dll";

    /// <summary>Replaces the help option's wording and action on <paramref name="root"/>.</summary>
    public static void Install(RootCommand root, Func<TextWriter> output)
    {
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "显示帮助和用法";
                    help.Action = new ChineseHelp(output);
                    break;
                case VersionOption version:
                    version.Description = "显示版本信息";
                    break;
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var writer = output();
        writer.WriteLine("说明：");
        writer.WriteLine($"  {command.Description}");
        writer.WriteLine();
        writer.WriteLine("用法：");
        writer.WriteLine($"  {Usage(command)}");
        Section(writer, "参数：", command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.Name}>", a.Description)));
        Section(writer, "选项：", Options(command).Select(o => (Label(o), o.Description)));
        Section(writer, "命令：", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description)));
        return CliExitCodes.Success;
    }

    private static string Usage(Command command)
    {
        var parts = new List<string> { Program };
        parts.AddRange(Path(command));
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.Name}>"));
        if (command.Subcommands.Count > 0)
        {
            parts.Add("[命令]");
        }
        parts.Add("[选项]");
        return string.Join(' ', parts);
    }

    /// <summary>The verbs from the root down to <paramref name="command"/>, without the root itself.</summary>
    public static IReadOnlyList<string> Path(Command command)
    {
        var names = new List<string>();
        for (var current = command; current is not RootCommand; current = current.Parents.OfType<Command>().First())
        {
            names.Insert(0, current.Name);
        }
        return names;
    }

    private static IEnumerable<Option> Options(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden).ToList();
        // Recursive options (help) are defined on the root but apply to every verb.
        var inherited = command.Parents.OfType<Command>().SelectMany(Ancestry).SelectMany(c => c.Options).Where(o => o.Recursive && !o.Hidden);
        return own.Concat(inherited.Except(own)).Distinct();
    }

    private static IEnumerable<Command> Ancestry(Command command) =>
        command.Parents.OfType<Command>().SelectMany(Ancestry).Prepend(command);

    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Order(StringComparer.Ordinal).Append(option.Name));
        return option.Arity.MaximumNumberOfValues == 0 ? names : $"{names} <{option.HelpName ?? option.Name.TrimStart('-')}>";
    }

    private static void Section(TextWriter writer, string title, IEnumerable<(string Label, string? Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }
        writer.WriteLine();
        writer.WriteLine(title);
        var width = list.Max(r => r.Label.Length) + 2;
        foreach (var (label, description) in list)
        {
            writer.WriteLine($"  {label.PadRight(width)}{description}");
        }
    }
}
