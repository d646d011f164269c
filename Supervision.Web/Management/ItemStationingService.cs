using Microsoft.EntityFrameworkCore;
using Supervision.Web.Common;
using Supervision.Web.Data;
using Supervision.Web.Security.Audit;

namespace Supervision.Web.Management;

/// <summary>A hall's stationing (进驻) and one-window enablement (纳入一窗) of an item from a date on.</summary>
public sealed record StationingChange(string TownCode, string ItemCode, DateOnly EffectiveFrom, bool Stationed, bool OneWindowEnabled);

/// <summary>
/// Changes which items a hall has stationed and enabled for one-window acceptance. History is never
/// overwritten: each change appends a <see cref="HallItemStatus"/> row, so coverage as of any past
/// date stays what it was.
/// </summary>
public sealed class ItemStationingService(
    IDbContextFactory<SupervisionDbContext> contexts,
    IManagementAccess access,
    IManagementAudit audit,
    IEnumerable<IReferenceDataListener> listeners)
{
    /// <exception cref="ManagementDeniedException">The user is not a county administrator.</exception>
    /// <exception cref="DomainException">The change is invalid (Chinese message for the user).</exception>
    public async Task<HallItemStatus> ChangeAsync(StationingChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!await access.CanManageAsync(cancellationToken))
        {
            throw new ManagementDeniedException();
        }
        if (change.OneWindowEnabled && !change.Stationed)
        {
            throw new DomainException("未进驻的事项不能纳入一窗受理：请同时勾选“进驻”。");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var town = await db.Towns.AsNoTracking().FirstOrDefaultAsync(t => t.Code == change.TownCode, cancellationToken)
            ?? throw new DomainException($"未知镇街代码“{change.TownCode}”。");
        var item = await db.ServiceItems.AsNoTracking().FirstOrDefaultAsync(i => i.Code == change.ItemCode, cancellationToken)
            ?? throw new DomainException($"未知事项编码“{change.ItemCode}”。");

        var history = await db.HallItemStatuses.AsNoTracking()
            .Where(s => s.TownCode == change.TownCode && s.ItemCode == change.ItemCode)
            .ToListAsync(cancellationToken);
        if (history.Any(s => s.EffectiveFrom == change.EffectiveFrom))
        {
            throw new DomainException(
                $"{town.Name}的“{item.Name}”在{ZhFormat.Date(change.EffectiveFrom)}已有状态记录，历史记录不可覆盖，请选择其他生效日期。");
        }
        var current = history
            .Where(s => s.EffectiveFrom <= change.EffectiveFrom)
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Id)
            .FirstOrDefault();
        var wasStationed = current?.Stationed ?? false;
        var wasEnabled = current?.OneWindowEnabled ?? false;
        if (wasStationed == change.Stationed && wasEnabled == change.OneWindowEnabled)
        {
            throw new DomainException(
                $"{town.Name}的“{item.Name}”在{ZhFormat.Date(change.EffectiveFrom)}已是“{Describe(wasStationed, wasEnabled)}”，无需变更。");
        }

        var row = new HallItemStatus
        {
            TownCode = change.TownCode,
            ItemCode = change.ItemCode,
            EffectiveFrom = change.EffectiveFrom,
            Stationed = change.Stationed,
            OneWindowEnabled = change.OneWindowEnabled,
        };
        db.HallItemStatuses.Add(row);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var listener in listeners)
        {
            listener.ReferenceDataChanged();
        }
        await audit.RecordAsync(ManagementActions.ItemStationingChanged, $"{change.TownCode}/{change.ItemCode}",
            new { change.EffectiveFrom, change.Stationed, change.OneWindowEnabled, PreviouslyStationed = wasStationed, PreviouslyEnabled = wasEnabled },
            cancellationToken);
        return row;
    }

    public static string Describe(bool stationed, bool enabled) => (stationed, enabled) switch
    {
        (false, _) => "未进驻",
        (true, false) => "进驻、未纳入一窗",
        _ => "进驻、纳入一窗",
    };
}
