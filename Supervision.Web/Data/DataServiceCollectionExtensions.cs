using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Common;
using Supervision.Web.Data.Health;
using Supervision.Web.Data.Providers;
using Supervision.Web.Data.Seed;

namespace Supervision.Web.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (<see cref="IDbContextFactory{SupervisionDbContext}"/>, a scoped
    /// <see cref="SupervisionDbContext"/>, <see cref="DatabaseSettings"/>), the start-up
    /// <see cref="DatabaseInitialiser"/>, the Data Protection key ring (in the database) and the database health check.
    /// </summary>
    /// <remarks>
    /// Its settings (<see cref="DatabaseOptions"/>, <see cref="SeedDataOptions"/>) are bound when first resolved and
    /// checked at start, so test hosts (WebApplicationFactory) can still override them after Program.cs has run.
    /// </remarks>
    public static IServiceCollection AddSupervisionData(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.Section).Configure<IConfiguration>((options, configuration) =>
            options.ConnectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName));
        services.AddValidatedOptions<SeedDataOptions>(SeedDataOptions.Section).Configure(options => options.ContentRoot = environment.ContentRootPath);
        services.AddSingleton(sp => DatabaseSettings.From(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, environment.ContentRootPath));

        // Both provider contexts are registered; only the configured one is ever resolved.
        services.AddDbContextFactory<SqliteSupervisionDbContext>((sp, options) =>
            DatabaseContexts.Configure(options, sp.GetRequiredService<DatabaseSettings>()));
        services.AddDbContextFactory<PostgresSupervisionDbContext>((sp, options) =>
            DatabaseContexts.Configure(options, sp.GetRequiredService<DatabaseSettings>()));
        services.AddSingleton<IDbContextFactory<SupervisionDbContext>>(sp =>
            sp.GetRequiredService<DatabaseSettings>().Provider switch
            {
                DatabaseProvider.Postgres => new UpcastFactory<PostgresSupervisionDbContext>(
                    sp.GetRequiredService<IDbContextFactory<PostgresSupervisionDbContext>>()),
                _ => new UpcastFactory<SqliteSupervisionDbContext>(
                    sp.GetRequiredService<IDbContextFactory<SqliteSupervisionDbContext>>()),
            });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContext());

        services.AddSingleton<DatabaseInitialiser>();

        // Keys in the shared database: a cookie issued by one node is read by the next, and survives redeploys.
        services.AddDataProtection()
            .SetApplicationName("Supervision")
            .PersistKeysToDbContext<SupervisionDbContext>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// Migrates the database and loads the seed data; stops start-up with a clear message on bad
    /// configuration or seed data. Call after <c>Build()</c> and before anything reads the database
    /// (including CLI verbs).
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this IHost app, CancellationToken cancellationToken = default) =>
        await app.Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(cancellationToken);

    private sealed class UpcastFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<SupervisionDbContext>
        where TContext : SupervisionDbContext
    {
        public SupervisionDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<SupervisionDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
