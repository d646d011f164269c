namespace Supervision.Tests.Web.Simulation;

public sealed class SimulatorRegistrationTests
{
    [Fact]
    public void On_sqlite_the_simulator_is_on_by_default_and_the_app_runs_on_simulated_time()
    {
        using var services = Build(DatabaseProvider.Sqlite, []);

        var status = services.GetRequiredService<ISimulationStatus>();
        Assert.True(status.Enabled);
        Assert.Equal(60, status.Speed);
        Assert.IsType<SimulationClock>(services.GetRequiredService<TimeProvider>());
        Assert.Equal(2020, services.GetRequiredService<TimeProvider>().GetUtcNow().Year);
    }

    [Fact]
    public void On_postgres_the_simulator_is_off_by_default_and_the_app_runs_on_real_time()
    {
        using var services = Build(DatabaseProvider.Postgres, []);

        Assert.False(services.GetRequiredService<ISimulationStatus>().Enabled);
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Configuration_overrides_the_default_and_sets_speed_and_start()
    {
        using var services = Build(DatabaseProvider.Postgres, new()
        {
            ["Simulator:Enabled"] = "true",
            ["Simulator:Speed"] = "120",
            ["Simulator:Start"] = "2020-06-01T09:00:00+08:00",
        });

        var status = services.GetRequiredService<ISimulationStatus>();
        Assert.True(status.Enabled);
        Assert.Equal(120, status.Speed);
        Assert.Equal(new DateTime(2020, 6, 1), status.SimulatedNow.ToOffset(TimeSpan.FromHours(8)).Date);
    }

    [Fact]
    public void The_simulate_command_is_registered()
    {
        using var services = Build(DatabaseProvider.Postgres, []);

        using var scope = services.CreateScope();
        Assert.NotNull(scope.ServiceProvider.GetService<SimulateCommand>());
    }

    private static ServiceProvider Build(DatabaseProvider provider, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new DatabaseSettings(provider, "Data Source=:memory:"));
        services.AddSingleton<Microsoft.EntityFrameworkCore.IDbContextFactory<SupervisionDbContext>, NoDatabase>();
        services.AddSingleton(SeedReference.Calendar);
        services.AddSingleton(SeedReference.Calendar.Hours);
        services.AddSingleton<Supervision.Web.Queries.Calendar.WorkingCalendarSource>();
        services.AddSingleton<Supervision.Web.Ingestion.IEventIngestor, NoIngestor>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddHallSimulator();
        return services.BuildServiceProvider();
    }

    private sealed class NoDatabase : Microsoft.EntityFrameworkCore.IDbContextFactory<SupervisionDbContext>
    {
        public SupervisionDbContext CreateDbContext() => throw new InvalidOperationException("这些测试不访问数据库。");
    }

    private sealed class NoIngestor : Supervision.Web.Ingestion.IEventIngestor
    {
        public Task<Supervision.Web.Ingestion.IngestResult> IngestAsync(IReadOnlyList<Supervision.Domain.Events.HallEvent> events, string? townScope, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("这些测试不写入事件。");
    }
}
