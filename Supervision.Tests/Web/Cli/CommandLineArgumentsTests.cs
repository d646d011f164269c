namespace Supervision.Tests.Web.Cli;

public sealed class CommandLineArgumentsTests
{
    private static readonly SupervisionCommandLine CommandLine = new();

    [Fact]
    public void Settings_are_taken_from_any_position_and_the_verb_keeps_the_rest()
    {
        var split = CommandLine.Split([
            "--Database:Provider=Postgres", "apikey", "create", "--ConnectionStrings:Supervision", "Host=db1", "--name", "叫号机", "--Redis:Connection=r1:6379",
        ]);

        Assert.Equal(["--Database:Provider=Postgres", "--ConnectionStrings:Supervision", "Host=db1", "--Redis:Connection=r1:6379"], split.Settings);
        Assert.Equal(["apikey", "create", "--name", "叫号机"], split.Verb);
        Assert.True(split.IsCommand);
    }

    [Fact]
    public void Settings_alone_start_the_web_host()
    {
        var split = CommandLine.Split(["--urls", "http://127.0.0.1:5080", "--environment=Production", "--Simulator:Enabled=false"]);

        Assert.False(split.IsCommand);
        Assert.Equal(4, split.Settings.Count);
    }

    [Fact]
    public void An_option_of_a_verb_written_with_a_colon_is_not_a_setting()
    {
        var split = CommandLine.Split(["apikey", "create", "--name:叫号机"]);

        Assert.Empty(split.Settings);
        Assert.Equal(["apikey", "create", "--name:叫号机"], split.Verb);
    }

    [Fact]
    public void A_mistyped_option_stays_with_the_verb_so_it_is_refused_rather_than_ignored()
    {
        var split = CommandLine.Split(["simulate", "--speed", "3"]);

        Assert.Empty(split.Settings);
        Assert.Equal(["simulate", "--speed", "3"], split.Verb);
    }

    [Fact]
    public void Nothing_after_a_double_dash_is_a_setting()
    {
        var split = CommandLine.Split(["import", "--", "--Odd:Name.csv"]);

        Assert.Empty(split.Settings);
        Assert.Equal(["import", "--", "--Odd:Name.csv"], split.Verb);
    }
}
