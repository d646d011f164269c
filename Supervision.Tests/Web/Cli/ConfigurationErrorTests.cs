using Supervision.Tests.Support;
using Supervision.Tests.Support.Services;
using Supervision.Web.Cli;

namespace Supervision.Tests.Web.Cli;

/// <summary>
/// A verb of the built app checks the same settings as the web host before it does anything: a wrong value
/// ends it with the Chinese message naming the key and exit code 3, without a stack trace.
/// </summary>
public sealed class ConfigurationErrorTests
{
    public static TheoryData<string, string, string> Wrong => WrongSettings.All;

    [Theory]
    [MemberData(nameof(Wrong))]
    public async Task A_wrong_setting_stops_a_verb_with_the_chinese_message_and_exit_code_3(string key, string value, string message)
    {
        var folder = Directory.CreateTempSubdirectory("supervision-cli-config-");
        try
        {
            // A database of its own, should the check let the verb through.
            var environment = new Dictionary<string, string?>
            {
                ["ConnectionStrings__Supervision"] = $"Data Source={Path.Combine(folder.FullName, "cli.db")}",
            };

            var (exitCode, output, error) = await WebProcess.RunToEndAsync(WebProcess.AppDirectory, environment,
                "projections", "rebuild", $"--{key}={value}");

            Assert.Equal(CliExitCodes.Configuration, exitCode);
            Assert.Equal($"配置有误，无法启动：{message}", error.Trim());
            Assert.Empty(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
