using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Bulletins;
using Supervision.Domain.Calendar;
using Supervision.Domain.Figures;
using Supervision.Web.Data;
using Supervision.Web.Data.Entities;
using Supervision.Web.Ingestion.Store;

namespace Supervision.Web.Export.Bulletins;

/// <summary>A bulletin in the history list (without its file).</summary>
public sealed record IssuedBulletinInfo(
    long Id, int Year, int Number, string Period, string PeriodLabel, string Scope, string Title, string GeneratedBy, DateTimeOffset GeneratedAt)
{
    public string FileName => $"通报{Year}年第{Number}期.xlsx";

    public string DownloadPath => $"/api/v1/bulletins/{Year}/{Number}.xlsx";

    public BulletinAuditInfo Audit => new(Year, Number, Period, Scope, Title);
}

/// <summary>
/// Issues bulletins: checks the period, reads the content, numbers it (第N期 = the N-th bulletin
/// issued in that year, China time), writes the workbook, stores it and records it in the audit log.
/// The page, the API and the CLI all come through here.
/// </summary>
public sealed class BulletinService(
    BulletinContentLoader loader,
    IDbContextFactory<SupervisionDbContext> contexts,
    IExportAudit audit,
    TimeProvider time)
{
    public const string CountyScope = "county";
    private const int NumberAttempts = 5;

    public DateOnly Today => WorkingCalendar.LocalDate(time.GetUtcNow());

    /// <summary>The period of the options, checked to be over (<see cref="DomainException"/> otherwise).</summary>
    public Period ResolvePeriod(string? week, string? month, string? from, string? to)
    {
        var period = BulletinPeriods.Parse(week, month, from, to);
        BulletinPeriods.EnsureIssuable(period, Today);
        return period;
    }

    /// <summary>The content without issuing anything: for the page's preview.</summary>
    public Task<BulletinContent> PreviewAsync(Period period, CancellationToken cancellationToken)
    {
        BulletinPeriods.EnsureIssuable(period, Today);
        return loader.LoadAsync(period, cancellationToken);
    }

    public async Task<IssuedBulletinInfo> IssueAsync(Period period, ExportActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(actor);
        BulletinPeriods.EnsureIssuable(period, Today);
        var content = await loader.LoadAsync(period, cancellationToken);
        var issuedAt = time.GetUtcNow();
        var year = WorkingCalendar.LocalDate(issuedAt).Year;

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var number = 1 + (await db.Set<IssuedBulletin>().Where(b => b.Year == year).MaxAsync(b => (int?)b.Number, cancellationToken) ?? 0);
            var bulletin = new IssuedBulletin
            {
                Year = year,
                Number = number,
                Period = period.ToString(),
                PeriodLabel = period.Label,
                Scope = CountyScope,
                Title = BulletinText.Title(year, number),
                Summary = content.Summary,
                GeneratedBy = actor.Name,
                GeneratedAt = issuedAt,
                Content = BulletinWorkbook.Build(content, new BulletinIdentity(year, number, issuedAt, actor.Name)),
            };
            db.Add(bulletin);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e) && attempt < NumberAttempts)
            {
                continue; // someone else took this number meanwhile
            }
            var info = Info(bulletin);
            await audit.BulletinIssuedAsync(actor, info.Audit, cancellationToken);
            return info;
        }
    }

    /// <summary>The stored workbook of 第<paramref name="number"/>期 of <paramref name="year"/>, recording the download; null when there is none.</summary>
    public async Task<(IssuedBulletinInfo Info, byte[] Content)?> DownloadAsync(int year, int number, ExportActor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bulletin = await db.Set<IssuedBulletin>().AsNoTracking()
            .SingleOrDefaultAsync(b => b.Year == year && b.Number == number, cancellationToken);
        if (bulletin is null)
        {
            return null;
        }
        var info = Info(bulletin);
        await audit.BulletinDownloadedAsync(actor, info.Audit, cancellationToken);
        return (info, bulletin.Content);
    }

    /// <summary>Issued bulletins, newest first.</summary>
    public async Task<IReadOnlyList<IssuedBulletinInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<IssuedBulletin>().AsNoTracking()
            .OrderByDescending(b => b.Year).ThenByDescending(b => b.Number)
            .Select(b => new IssuedBulletinInfo(b.Id, b.Year, b.Number, b.Period, b.PeriodLabel, b.Scope, b.Title, b.GeneratedBy, b.GeneratedAt))
            .ToListAsync(cancellationToken);
        return rows;
    }

    private static IssuedBulletinInfo Info(IssuedBulletin b) =>
        new(b.Id, b.Year, b.Number, b.Period, b.PeriodLabel, b.Scope, b.Title, b.GeneratedBy, b.GeneratedAt);
}
