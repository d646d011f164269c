namespace Supervision.Tests.Support;

/// <summary>
/// One wrong value for each settings group, with the Chinese message the start must stop with (after
/// <c>配置有误，无法启动：</c>). The web host's and the command line's tests both run every row.
/// </summary>
public static class WrongSettings
{
    /// <summary>A folder that exists nowhere, for <c>SeedData:Path</c>.</summary>
    public const string MissingFolder = "/nonexistent/supervision-seed-data";

    public static TheoryData<string, string, string> All => new()
    {
        { "Database:Provider", "Oracle", "配置 Database:Provider 的值“Oracle”无效：应为 Sqlite 或 Postgres" },
        { "Database:BusyTimeoutSeconds", "半分钟", "配置 Database:BusyTimeoutSeconds 的值“半分钟”无效：应为整数" },
        { "SeedData:Path", MissingFolder, $"配置 SeedData:Path 的值“{MissingFolder}”无效：种子数据目录 {MissingFolder} 不存在" },
        { "Hall:Opening", "25:00", "配置 Hall:Opening 的值“25:00”无效：应为 HH:mm，例如 08:30" },
        { "Hall:ClosingTime", "08:00", "配置 Hall:ClosingTime（08:00）必须晚于 Hall:Opening（08:30）" },
        { "Simulator:Speed", "0", "配置 Simulator:Speed 的值“0”无效：应为 0.001 到 1000000 之间的倍速" },
        { "Simulator:Start", "明天", "配置 Simulator:Start 的值“明天”无效：应为带时区的日期时间，如 2020-10-12T08:30:00+08:00" },
        { "Redis:Connection", "password=secret", "配置 Redis:Connection 无效：应为 StackExchange.Redis 连接字符串，至少含一个地址，如 redis1:6379,password=…" },
        { "Telemetry:Exporter", "prometheus", "配置 Telemetry:Exporter 的值“prometheus”无效：应为 otlp 或 console（不导出时不设置）" },
        { "Telemetry:OtlpEndpoint", "collector:4317", "配置 Telemetry:OtlpEndpoint 的值“collector:4317”无效：应为 http 或 https 地址，如 http://otel-collector:4317" },
        { "Demo:Enabled", "是", "配置 Demo:Enabled 的值“是”无效：应为 true 或 false" },
        { "Bootstrap:AdminPassword", "short1", "配置 Bootstrap:AdminPassword 无效：密码至少 10 位，须含英文字母和数字" },
        { "Security:SignInPermitsPerMinute", "0", "配置 Security:SignInPermitsPerMinute 的值“0”无效：应为 1 到 10000 之间的整数" },
        { "Ingestion:MaxBodyBytes", "0", "配置 Ingestion:MaxBodyBytes 的值“0”无效：应为 1024 到 1073741824 之间的字节数" },
        { "Settings:RefreshSeconds", "-1", "配置 Settings:RefreshSeconds 的值“-1”无效：应为 0 到 86400 之间的秒数（0 表示不检查）" },
        { "Activity:ReviewRectifyDays", "abc", "配置 Activity:ReviewRectifyDays 的值“abc”无效：应为数字" },
    };
}
