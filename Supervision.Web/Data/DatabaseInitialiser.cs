using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data.Seed;

namespace Supervision.Web.Data;

/// <summary>Brings the database up to date at start-up: migrations, then the reference seed.</summary>
public sealed class DatabaseInitialiser(
    IDbContextFactory<SupervisionDbContext> contextFactory,
    DatabaseSettings settings,
    IOptions<SeedDataOptions> seedData,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<DatabaseInitialiser> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        // Parse the seed files before touching the database, so bad data changes nothing.
        var seedDirectory = SeedDataLocator.Locate(seedData.Value, environment.ContentRootPath);
        var seed = SeedDataLoader.Load(seedDirectory);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await PrepareSqliteAsync(db, cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        // A changed limit or window kind takes effect from the county's today (the app's clock, simulated in demo mode).
        var today = Supervision.Domain.Calendar.WorkingCalendar.LocalDate(time.GetUtcNow());
        var summary = await ReferenceDataSeeder.SeedAsync(db, seed, today, cancellationToken);
        logger.LogInformation("数据库已就绪（{Provider}）；种子数据 {Directory}：新增 {Added} 行，更新 {Updated} 行。",
            settings.Provider, seedDirectory, summary.Added, summary.Updated);
    }

    private async Task PrepareSqliteAsync(SupervisionDbContext db, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        if (!string.IsNullOrEmpty(file) && !file.StartsWith(':') && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // WAL lets the dashboard read while ingestion writes; the mode is stored in the file, so once is enough.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
