using Supervision.Tests.Support;

namespace Supervision.Tests.Web.Scaleout;

public sealed class RedisConnectionOptionsTests
{
    private static SettingsCheck Check(params (string Key, string? Value)[] values) =>
        new(services => services.AddValidatedOptions<RedisConnectionOptions>(RedisConnectionOptions.Section)
            .Configure<IConfiguration>((o, c) => o.ConnectionString = c.GetConnectionString("Redis")), values);

    [Fact]
    public void Without_redis_the_node_runs_alone()
    {
        using var check = Check();

        Assert.Null(check.Failure);
        Assert.Null(check.Get<IOptions<RedisConnectionOptions>>().Value.ToSettings());
    }

    [Fact]
    public void The_redis_connection_string_serves_when_the_section_is_unset()
    {
        using var check = Check(("ConnectionStrings:Redis", " redis1:6379,password=x "));

        Assert.Null(check.Failure);
        Assert.Equal(new RedisSettings("redis1:6379,password=x"), check.Get<IOptions<RedisConnectionOptions>>().Value.ToSettings());
    }

    [Fact]
    public void A_connection_without_an_address_is_refused_without_echoing_its_password()
    {
        using var check = Check(("ConnectionStrings:Redis", "password=geheim"));

        Assert.Equal("配置有误，无法启动：配置 ConnectionStrings:Redis 无效：应为 StackExchange.Redis 连接字符串，至少含一个地址，如 redis1:6379,password=…", check.Failure);
        Assert.DoesNotContain("geheim", check.Failure);
    }
}
