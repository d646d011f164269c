using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;

namespace Supervision.Web.Queries.Calendar;

/// <summary>
/// The <see cref="WorkingCalendar"/> in force, built from the Holidays table. Services that live for the
/// whole process read <see cref="Current"/> per operation, so a year the bureau enters applies at once
/// here, and on other nodes after <see cref="RefreshAsync"/> notices the changed table.
/// </summary>
public sealed class WorkingCalendarSource(IDbContextFactory<SupervisionDbContext> contexts, HallHours hours)
{
    private readonly Lock _gate = new();
    private Loaded? _loaded;

    private sealed record Loaded(WorkingCalendar Calendar, string Fingerprint);

    /// <summary>Raised after a different calendar was put in force.</summary>
    public event Action? Changed;

    /// <summary>Built on first use: the database is migrated and seeded by then.</summary>
    public WorkingCalendar Current
    {
        get
        {
            if (_loaded is { } loaded)
            {
                return loaded.Calendar;
            }
            using var db = contexts.CreateDbContext();
            var rows = Rows(db.Holidays.AsNoTracking().ToList());
            lock (_gate)
            {
                _loaded ??= Build(rows);
                return _loaded.Calendar;
            }
        }
    }

    /// <summary>Reads the table again and puts it in force when it differs; true when it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = Rows(await db.Holidays.AsNoTracking().ToListAsync(ct));
        var fingerprint = Fingerprint(rows);
        lock (_gate)
        {
            if (_loaded?.Fingerprint == fingerprint)
            {
                return false;
            }
            _loaded = new Loaded(new WorkingCalendar(rows, hours), fingerprint);
        }
        Changed?.Invoke();
        return true;
    }

    private Loaded Build(IReadOnlyList<HolidayDay> rows) => new(new WorkingCalendar(rows, hours), Fingerprint(rows));

    private static List<HolidayDay> Rows(IEnumerable<Holiday> holidays) =>
        holidays.Select(h => new HolidayDay(h.Date, h.IsOffDay, h.Name)).OrderBy(d => d.Date).ToList();

    private static string Fingerprint(IEnumerable<HolidayDay> rows) =>
        string.Join(';', rows.Select(d => $"{d.Date.DayNumber}:{(d.IsOffDay ? 1 : 0)}:{d.Name}"));
}
