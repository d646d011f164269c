using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data.Conventions;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data;

/// <summary>
/// The application's database. Abstract because each provider has its own subclass
/// (<see cref="Providers.SqliteSupervisionDbContext"/>, <see cref="Providers.PostgresSupervisionDbContext"/>)
/// that owns that provider's migrations; code everywhere else depends on this type only, through
/// <c>IDbContextFactory&lt;SupervisionDbContext&gt;</c> or a scoped <c>SupervisionDbContext</c>.
/// It is also the ASP.NET Core Identity store (users, roles, claims; tables AspNet*) and keeps the
/// Data Protection key ring, so every node of a deployment reads the others' cookies and antiforgery tokens.
/// </summary>
public abstract class SupervisionDbContext(DbContextOptions options)
    : IdentityDbContext<SupervisionUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Town> Towns => Set<Town>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();
    public DbSet<HallItemStatus> HallItemStatuses => Set<HallItemStatus>();
    public DbSet<Window> Windows => Set<Window>();
    public DbSet<ItemLimitChange> ItemLimitChanges => Set<ItemLimitChange>();
    public DbSet<WindowKindChange> WindowKindChanges => Set<WindowKindChange>();
    public DbSet<Staff> Staff => Set<Staff>();
    public DbSet<PilotTask> PilotTasks => Set<PilotTask>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity's own table mappings first, so the assembly's configurations can refine them.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SupervisionDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant, in every entity any area adds, is stored as UTC ticks (see UtcInstantConverter).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
    }
}
