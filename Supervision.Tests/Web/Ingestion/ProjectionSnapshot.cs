namespace Supervision.Tests.Web.Ingestion;

/// <summary>Every projection table as sorted JSON rows: compares whole rows without naming their columns.</summary>
internal static class ProjectionSnapshot
{
    public static async Task<Dictionary<string, List<string>>> TakeAsync(SupervisionDbContext db) => new()
    {
        ["CaseRecords"] = Rows(await db.Set<CaseRecord>().AsNoTracking().ToListAsync()),
        ["TicketRecords"] = Rows(await db.Set<TicketRecord>().AsNoTracking().ToListAsync()),
        ["ReviewRecords"] = Rows(await db.Set<ReviewRecord>().AsNoTracking().ToListAsync()),
        ["ComplaintRecords"] = Rows(await db.Set<ComplaintRecord>().AsNoTracking().ToListAsync()),
        ["AttendanceRecords"] = Rows(await db.Set<AttendanceRecord>().AsNoTracking().ToListAsync()),
        ["SubjectDays"] = Rows(await db.Set<SubjectDay>().AsNoTracking().ToListAsync()),
        ["TownDayRollups"] = Rows(await db.Set<TownDayRollup>().AsNoTracking().ToListAsync()),
        ["StaffDayRollups"] = Rows(await db.Set<StaffDayRollup>().AsNoTracking().ToListAsync()),
        ["ItemDayRollups"] = Rows(await db.Set<ItemDayRollup>().AsNoTracking().ToListAsync()),
    };

    /// <summary>The projections and the event table itself.</summary>
    public static async Task<Dictionary<string, List<string>>> TakeWithEventsAsync(SupervisionDbContext db)
    {
        var snapshot = await TakeAsync(db);
        snapshot["Events"] = Rows(await db.Set<StoredEvent>().AsNoTracking().ToListAsync());
        return snapshot;
    }

    private static List<string> Rows<T>(List<T> rows) =>
        rows.Select(r => JsonSerializer.Serialize(r)).Order(StringComparer.Ordinal).ToList();
}
