using System.Diagnostics;

namespace Supervision.Tests.Web.Export;

/// <summary>
/// LibreOffice headless, to check that a real spreadsheet program opens what we write. Tests that
/// need it are skipped when it is missing, except with <c>CI=true</c>, where they run and fail.
/// </summary>
public static class LibreOffice
{
    public const string CsvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    public static string? Path { get; } = Find();

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Converts <paramref name="file"/> (every sheet, for CSV) into <paramref name="folder"/>; returns soffice's exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> ConvertAsync(string file, string filter, string folder)
    {
        var soffice = Path ?? throw new InvalidOperationException("CI=true 时必须安装 LibreOffice（soffice），test.sh 会安装 libreoffice-calc-nogui。");
        // A private profile: parallel soffice runs would otherwise fight over the user's one.
        var profile = new Uri(Directory.CreateTempSubdirectory("lo-profile-").FullName).AbsoluteUri;
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList = { $"-env:UserInstallation={profile}", "--headless", "--convert-to", filter, "--outdir", folder, file },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator).Append("/usr/bin"))
        {
            var candidate = System.IO.Path.Combine(dir, "soffice");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Splits CSV text (comma, double quotes) into rows of fields.</summary>
    public static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') { quoted = false; }
                else { field.Append(ch); }
            }
            else if (ch == '"') { quoted = true; }
            else if (ch == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n') { row.Add(field.ToString().TrimEnd('\r')); field.Clear(); rows.Add(row); row = []; }
            else { field.Append(ch); }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        return rows;
    }
}

/// <summary>A fact that needs LibreOffice: skipped without it, unless <c>CI=true</c>.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Path is null && !LibreOffice.IsCi)
        {
            Skip = "未安装 LibreOffice（soffice），跳过表格转换检查。";
        }
    }
}
