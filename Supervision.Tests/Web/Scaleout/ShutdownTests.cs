using System.Reflection;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;
using Supervision.Tests.Support.Services;

namespace Supervision.Tests.Web.Scaleout;

/// <summary>
/// A node stopped while Redis dies: the backplane's own disposal unsubscribes from Redis and throws inside
/// <c>Host.DisposeAsync</c> (the service provider's disposal), at the end of <c>Program</c>'s <c>app.RunAsync()</c>,
/// and the process aborts instead of returning 0. Here the node's scale-out services are built and disposed as the
/// host does it, with the failure injected where Redis raises it.
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Shutdown_exits_cleanly_when_redis_fails_during_disposal()
    {
        var failure = new InjectedFailure();
        var configuration = new ConfigurationBuilder()
            // A port nobody listens on; the failure itself is injected where Redis would raise it.
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Redis:Connection"] = $"127.0.0.1:{FreePort.Next()}" })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSignalR();
        services.AddScaleout(configuration);
        services.AddOptions<RedisOptions>().PostConfigure<RedisConnection>((options, redis) =>
            options.ConnectionFactory = async _ => FailingConnection.Wrap(await redis.GetAsync(), failure));
        var provider = services.BuildServiceProvider();
        // The backplane connects on first use: a group message makes it take the (failing) connection.
        var send = provider.GetRequiredService<HubLifetimeManager<LiveHub>>().SendGroupAsync("county", "Ping", []);
        await Record.ExceptionAsync(() => send.WaitAsync(TimeSpan.FromSeconds(30)));

        var escaped = await Record.ExceptionAsync(() => provider.DisposeAsync().AsTask());

        Assert.Equal((true, null), (failure.Thrown, escaped?.ToString()));
    }

    public sealed class InjectedFailure
    {
        public bool Thrown { get; set; }

        public RedisConnectionException Raise()
        {
            Thrown = true;
            return new RedisConnectionException(ConnectionFailureType.SocketFailure, "ConnectionReset during UNSUBSCRIBE");
        }
    }

    /// <summary>
    /// The real multiplexer, except that its subscriber's <c>UnsubscribeAll</c> and its own disposal fail as they do
    /// when Redis resets the connection at that moment.
    /// </summary>
    public class FailingConnection : DispatchProxy
    {
        private object _target = null!;
        private InjectedFailure _failure = null!;

        public static IConnectionMultiplexer Wrap(IConnectionMultiplexer inner, InjectedFailure failure) => Create<IConnectionMultiplexer>(inner, failure);

        private static T Create<T>(T inner, InjectedFailure failure)
            where T : class
        {
            var proxy = Create<T, FailingConnection>();
            var self = (FailingConnection)(object)proxy;
            self._target = inner;
            self._failure = failure;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name is nameof(ISubscriber.UnsubscribeAll) or nameof(IDisposable.Dispose) or nameof(IConnectionMultiplexer.Close))
            {
                throw _failure.Raise();
            }
            try
            {
                var result = targetMethod.Invoke(_target, args);
                return targetMethod.Name == nameof(IConnectionMultiplexer.GetSubscriber) ? Create((ISubscriber)result!, _failure) : result;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
