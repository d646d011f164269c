using Supervision.Domain.Reference;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Data;

/// <summary>Every reference entity is stored and read back unchanged, on each provider.</summary>
public abstract class ReferenceRoundTripTests(DatabaseFixture fixture)
{
    // The class shares one database, so each test writes rows under its own codes.
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];

    private string TownCode => $"T{_suffix}";

    private async Task<T> RoundTripAsync<T>(T entity, Func<IQueryable<T>, Task<T>> find) where T : class
    {
        await using (var db = fixture.CreateContext())
        {
            db.Add(entity);
            await db.SaveChangesAsync();
        }
        await using var reader = fixture.CreateContext();
        return await find(reader.Set<T>().AsNoTracking());
    }

    private async Task AddTownAndDepartmentAsync()
    {
        await using var db = fixture.CreateContext();
        db.Towns.Add(new Town { Code = TownCode, Name = "测试镇", Kind = TownKind.Town });
        db.Departments.Add(new Department { Code = $"D{_suffix}", Name = "测试部门" });
        await db.SaveChangesAsync();
    }

    [DatabaseFact]
    public async Task Town_round_trips_with_kind_and_pilot_dates()
    {
        var saved = await RoundTripAsync(
            new Town { Code = TownCode, Name = "南麻街道", Kind = TownKind.Subdistrict, IsPilot = true, PilotStart = new(2020, 5, 7), PilotEnd = new(2020, 12, 31) },
            q => q.SingleAsync(t => t.Code == TownCode));

        Assert.Equal(("南麻街道", TownKind.Subdistrict, true), (saved.Name, saved.Kind, saved.IsPilot));
        Assert.Equal((new DateOnly(2020, 5, 7), new DateOnly(2020, 12, 31)), (saved.PilotStart!.Value, saved.PilotEnd!.Value));
    }

    [DatabaseFact]
    public async Task Department_round_trips()
    {
        var code = $"D{_suffix}";
        var saved = await RoundTripAsync(new Department { Code = code, Name = "人社" }, q => q.SingleAsync(d => d.Code == code));

        Assert.Equal("人社", saved.Name);
    }

    [DatabaseFact]
    public async Task Service_item_round_trips_with_its_materials_in_order()
    {
        await AddTownAndDepartmentAsync();
        var code = $"I{_suffix}";
        var saved = await RoundTripAsync(
            new ServiceItem
            {
                Code = code, Name = "最低生活保障审核", DepartmentCode = $"D{_suffix}", ApplicantType = ApplicantType.Enterprise,
                PromisedDays = 10, StatutoryDays = 30, PreReviewOnly = true, Materials = ["申请书", "家庭收入证明", "居民身份证"],
            },
            q => q.SingleAsync(i => i.Code == code));

        Assert.Equal((ApplicantType.Enterprise, 10, 30, true), (saved.ApplicantType, saved.PromisedDays, saved.StatutoryDays, saved.PreReviewOnly));
        Assert.Equal(["申请书", "家庭收入证明", "居民身份证"], saved.Materials);
    }

    [DatabaseFact]
    public async Task Editing_a_material_in_place_is_saved()
    {
        await AddTownAndDepartmentAsync();
        var code = $"I{_suffix}";
        await using (var db = fixture.CreateContext())
        {
            db.ServiceItems.Add(new ServiceItem { Code = code, Name = "事项", DepartmentCode = $"D{_suffix}", Materials = ["旧材料"] });
            await db.SaveChangesAsync();
            db.ServiceItems.Local.Single().Materials.Add("新材料");
            await db.SaveChangesAsync();
        }

        await using var reader = fixture.CreateContext();
        Assert.Equal(["旧材料", "新材料"], (await reader.ServiceItems.SingleAsync(i => i.Code == code)).Materials);
    }

    [DatabaseFact]
    public async Task Hall_item_status_round_trips_and_keeps_history_per_date()
    {
        await AddTownAndDepartmentAsync();
        var item = $"I{_suffix}";
        await using (var db = fixture.CreateContext())
        {
            db.ServiceItems.Add(new ServiceItem { Code = item, Name = "事项", DepartmentCode = $"D{_suffix}" });
            db.HallItemStatuses.Add(new HallItemStatus { TownCode = TownCode, ItemCode = item, EffectiveFrom = new(2020, 5, 7), Stationed = true });
            db.HallItemStatuses.Add(new HallItemStatus { TownCode = TownCode, ItemCode = item, EffectiveFrom = new(2020, 7, 1), Stationed = true, OneWindowEnabled = true });
            await db.SaveChangesAsync();
        }

        await using var reader = fixture.CreateContext();
        var history = await reader.HallItemStatuses.Where(s => s.ItemCode == item).OrderBy(s => s.EffectiveFrom).ToListAsync();
        Assert.Equal([(new DateOnly(2020, 5, 7), false), (new DateOnly(2020, 7, 1), true)], history.Select(s => (s.EffectiveFrom, s.OneWindowEnabled)));
    }

    [DatabaseFact]
    public async Task Hall_item_status_is_unique_per_town_item_and_date()
    {
        await AddTownAndDepartmentAsync();
        var item = $"I{_suffix}";
        await using var db = fixture.CreateContext();
        db.ServiceItems.Add(new ServiceItem { Code = item, Name = "事项", DepartmentCode = $"D{_suffix}" });
        db.HallItemStatuses.Add(new HallItemStatus { TownCode = TownCode, ItemCode = item, EffectiveFrom = new(2020, 5, 7) });
        db.HallItemStatuses.Add(new HallItemStatus { TownCode = TownCode, ItemCode = item, EffectiveFrom = new(2020, 5, 7), Stationed = true });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [DatabaseFact]
    public async Task Window_round_trips()
    {
        await AddTownAndDepartmentAsync();
        var code = $"{TownCode}-09";
        var saved = await RoundTripAsync(
            new Window { Code = code, TownCode = TownCode, Number = 9, Name = "找茬窗口", Kind = WindowKind.Complaint },
            q => q.SingleAsync(w => w.Code == code));

        Assert.Equal((9, "找茬窗口", WindowKind.Complaint), (saved.Number, saved.Name, saved.Kind));
    }

    [DatabaseFact]
    public async Task Staff_round_trips()
    {
        await AddTownAndDepartmentAsync();
        var id = $"{TownCode}-S01";
        var saved = await RoundTripAsync(
            new Staff { Id = id, TownCode = TownCode, Name = "张敏", Role = StaffRole.BackOffice, Recruitment = Recruitment.InternalSelection, Trained = true },
            q => q.SingleAsync(s => s.Id == id));

        Assert.Equal(("张敏", StaffRole.BackOffice, Recruitment.InternalSelection, true), (saved.Name, saved.Role, saved.Recruitment, saved.Trained));
    }

    [DatabaseFact]
    public async Task Pilot_task_round_trips_with_runtime_fields()
    {
        await AddTownAndDepartmentAsync();
        var saved = await RoundTripAsync(
            new PilotTask
            {
                TownCode = TownCode, Key = "plan", Phase = PilotPhase.Mobilisation, Name = "制定试点实施方案", DueDate = new(2020, 5, 31),
                Status = PilotTaskStatus.Done, CompletedOn = new(2020, 5, 29), Note = "已报送县局",
            },
            q => q.SingleAsync(t => t.TownCode == TownCode && t.Key == "plan"));

        Assert.Equal((PilotPhase.Mobilisation, new DateOnly(2020, 5, 31), PilotTaskStatus.Done), (saved.Phase, saved.DueDate, saved.Status));
        Assert.Equal((new DateOnly(2020, 5, 29), "已报送县局"), (saved.CompletedOn!.Value, saved.Note));
    }

    [DatabaseFact]
    public async Task Pilot_task_key_is_unique_per_town()
    {
        await AddTownAndDepartmentAsync();
        await using var db = fixture.CreateContext();
        db.PilotTasks.Add(new PilotTask { TownCode = TownCode, Key = "plan", Name = "甲" });
        db.PilotTasks.Add(new PilotTask { TownCode = TownCode, Key = "plan", Name = "乙" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [DatabaseFact]
    public async Task Holiday_round_trips()
    {
        var date = new DateOnly(2020, 10, 10); // the only test of the class that writes holidays
        var saved = await RoundTripAsync(new Holiday { Date = date, IsOffDay = false, Name = "国庆节" }, q => q.SingleAsync(h => h.Date == date));

        Assert.Equal((false, "国庆节"), (saved.IsOffDay, saved.Name));
    }

    [DatabaseFact]
    public async Task A_window_must_belong_to_a_known_town()
    {
        await using var db = fixture.CreateContext();
        db.Windows.Add(new Window { Code = $"X{_suffix}-01", TownCode = $"X{_suffix}", Number = 1, Name = "窗口" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}

public sealed class SqliteReferenceRoundTripTests(SqliteDatabaseFixture fixture)
    : ReferenceRoundTripTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresReferenceRoundTripTests(PostgresDatabaseFixture fixture)
    : ReferenceRoundTripTests(fixture), IClassFixture<PostgresDatabaseFixture>;
