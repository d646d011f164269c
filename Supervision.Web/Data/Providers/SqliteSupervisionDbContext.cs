using Microsoft.EntityFrameworkCore;

namespace Supervision.Web.Data.Providers;

/// <summary>Owns the SQLite migrations (Data/Migrations/Sqlite).</summary>
public sealed class SqliteSupervisionDbContext(DbContextOptions<SqliteSupervisionDbContext> options)
    : SupervisionDbContext(options);
