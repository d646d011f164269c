using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Reference;

namespace Supervision.Web.Data;

public sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : DbContext(options)
{
    public DbSet<Town> Towns => Set<Town>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();
    public DbSet<HallItemStatus> HallItemStatuses => Set<HallItemStatus>();
    public DbSet<Window> Windows => Set<Window>();
    public DbSet<Staff> Staff => Set<Staff>();
    public DbSet<PilotTask> PilotTasks => Set<PilotTask>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SupervisionDbContext).Assembly);
}
