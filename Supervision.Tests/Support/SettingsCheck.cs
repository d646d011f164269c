namespace Supervision.Tests.Support;

/// <summary>An area's settings registered on <paramref name="values"/> and checked as at start, without a host.</summary>
internal sealed class SettingsCheck : IDisposable
{
    private readonly ServiceProvider _services;

    public SettingsCheck(Action<IServiceCollection> register, params (string Key, string? Value)[] values)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
                .Build());
        register(services);
        _services = services.BuildServiceProvider();
    }

    /// <summary>The Chinese message the start stops with; null when every setting is right.</summary>
    public string? Failure => Record.Exception(() => ValidatedOptions.ValidateAtStart(_services)) switch
    {
        null => null,
        InvalidConfigurationException e => e.Message,
        var other => throw other,
    };

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public void Dispose() => _services.Dispose();
}
