using Supervision.Web.Data.Entities;

namespace Supervision.Web.Data.Seed;

/// <summary>The validated contents of the seed-data folder, ready to be written to the database.</summary>
public sealed record SeedDataSet(
    IReadOnlyList<Town> Towns,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<ServiceItem> Items,
    IReadOnlyList<HallItemStatus> HallItems,
    IReadOnlyList<Window> Windows,
    IReadOnlyList<Staff> Staff,
    IReadOnlyList<PilotTask> PilotTasks,
    IReadOnlyList<Holiday> Holidays);
