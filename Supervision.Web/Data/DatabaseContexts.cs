using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data.Providers;

namespace Supervision.Web.Data;

/// <summary>Creates contexts for given settings outside dependency injection (tests, tools).</summary>
public static class DatabaseContexts
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(settings.ConnectionString);
                break;
            default:
                options.UseSqlite(settings.ConnectionString).AddInterceptors(SqlitePragmas.Instance);
                break;
        }
    }

    public static SupervisionDbContext Create(DatabaseSettings settings) => settings.Provider switch
    {
        DatabaseProvider.Postgres => new PostgresSupervisionDbContext(Options<PostgresSupervisionDbContext>(settings)),
        _ => new SqliteSupervisionDbContext(Options<SqliteSupervisionDbContext>(settings)),
    };

    private static DbContextOptions<TContext> Options<TContext>(DatabaseSettings settings) where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder, settings);
        return builder.Options;
    }
}
