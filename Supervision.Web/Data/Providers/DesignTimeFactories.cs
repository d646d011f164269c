using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Supervision.Web.Data.Providers;

// `dotnet ef migrations add` only builds the model; it never connects, so fixed connection
// strings are enough and no PostgreSQL server is needed to regenerate migrations.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSupervisionDbContext>
{
    public SqliteSupervisionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSupervisionDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSupervisionDbContext>
{
    public PostgresSupervisionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSupervisionDbContext>()
            .UseNpgsql("Host=localhost;Database=supervision_design_time")
            .Options);
}
