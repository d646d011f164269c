using Microsoft.EntityFrameworkCore;

namespace Supervision.Web.Data.Providers;

/// <summary>Owns the PostgreSQL migrations (Data/Migrations/Postgres).</summary>
public sealed class PostgresSupervisionDbContext(DbContextOptions<PostgresSupervisionDbContext> options)
    : SupervisionDbContext(options);
