using Supervision.Domain.Reference;
using Supervision.Tests.Support.Databases;
using Supervision.Tests.Support.SeedData;
using Supervision.Web.Data.Seed;

namespace Supervision.Tests.Web.Data.Seed;

/// <summary>Each test seeds a database of its own, so counts are exact.</summary>
public abstract class ReferenceDataSeederTests(DatabaseProvider provider) : IDisposable
{
    private readonly TestSeedData _seed = new();

    public void Dispose()
    {
        _seed.Dispose();
        GC.SuppressFinalize(this);
    }

    private static readonly DateOnly FirstStart = new(2020, 9, 1);

    private async Task<SeedSummary> SeedAsync(TestDatabase database, DateOnly? on = null)
    {
        await using var db = database.CreateContext();
        return await ReferenceDataSeeder.SeedAsync(db, SeedDataLoader.Load(_seed.Directory), on ?? FirstStart);
    }

    private static async Task<int[]> CountsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return
        [
            await db.Towns.CountAsync(), await db.Departments.CountAsync(), await db.ServiceItems.CountAsync(),
            await db.HallItemStatuses.CountAsync(), await db.Windows.CountAsync(), await db.Staff.CountAsync(),
            await db.PilotTasks.CountAsync(), await db.Holidays.CountAsync(),
        ];
    }

    [DatabaseFact]
    public async Task First_seed_loads_every_row_of_every_file()
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var summary = await SeedAsync(database);

        var counts = await CountsAsync(database);
        Assert.Equal([2, 3, 4, 5, 4, 3, 3, 4], counts);
        Assert.Equal(new SeedSummary(28, 0), summary);
    }

    [DatabaseFact]
    public async Task Second_seed_of_the_same_files_adds_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var summary = await SeedAsync(database);

        Assert.Equal(new SeedSummary(0, 0), summary);
        var counts = await CountsAsync(database);
        Assert.Equal([2, 3, 4, 5, 4, 3, 3, 4], counts);
    }

    [DatabaseFact]
    public async Task Changed_item_name_limit_and_materials_update_the_existing_row()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        _seed.Replace(SeedFiles.Items, "\"name\": \"就业创业证申领\", \"department\": \"RS\", \"applicant\": \"个人\", \"promisedDays\": 3",
            "\"name\": \"就业创业证申领（补领）\", \"department\": \"RS\", \"applicant\": \"个人\", \"promisedDays\": 2");
        _seed.Replace(SeedFiles.Items, "\"materials\": [\"居民身份证\"]", "\"materials\": [\"居民身份证\", \"一寸照片\"]");

        var summary = await SeedAsync(database);

        await using var db = database.CreateContext();
        var item = await db.ServiceItems.SingleAsync(i => i.Code == "RS-002");
        Assert.Equal(("就业创业证申领（补领）", 2, 10), (item.Name, item.PromisedDays, item.StatutoryDays));
        Assert.Equal(["居民身份证", "一寸照片"], item.Materials);
        Assert.Equal(new SeedSummary(0, 1), summary);
    }

    [DatabaseFact]
    public async Task New_rows_in_the_files_are_added_on_the_next_seed()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        _seed.Append(SeedFiles.Windows, "370323101,2,统一出件窗口,统一出件\n");
        _seed.Append(SeedFiles.HallItems, "370323101,RS-002,2020-08-01,true,true\n");

        var summary = await SeedAsync(database);

        await using var db = database.CreateContext();
        Assert.True(await db.Windows.AnyAsync(w => w.Code == "370323101-02" && w.Kind == WindowKind.UnifiedIssuing));
        Assert.Equal(2, await db.HallItemStatuses.CountAsync(s => s.TownCode == "370323101" && s.ItemCode == "RS-002"));
        Assert.Equal(new SeedSummary(2, 0), summary);
    }

    [DatabaseFact]
    public async Task Pilot_task_status_completion_and_note_survive_a_reseed_that_renames_the_task()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        await using (var db = database.CreateContext())
        {
            var task = await db.PilotTasks.SingleAsync(t => t.Key == "plan");
            (task.Status, task.CompletedOn, task.Note) = (PilotTaskStatus.Done, new DateOnly(2020, 5, 29), "已报送县局");
            await db.SaveChangesAsync();
        }
        _seed.Replace(SeedFiles.PilotTasks, "制定试点实施方案并报送,2020-05-31", "制定并报送试点实施方案,2020-06-05");

        await SeedAsync(database);

        await using var reader = database.CreateContext();
        var reseeded = await reader.PilotTasks.SingleAsync(t => t.Key == "plan");
        Assert.Equal(("制定并报送试点实施方案", new DateOnly(2020, 6, 5)), (reseeded.Name, reseeded.DueDate));
        Assert.Equal((PilotTaskStatus.Done, new DateOnly(2020, 5, 29), "已报送县局"), (reseeded.Status, reseeded.CompletedOn!.Value, reseeded.Note));
    }

    [DatabaseFact]
    public async Task A_reseed_keeps_the_pilot_list_and_roll_out_dates_the_admin_set()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        await using (var db = database.CreateContext())
        {
            var town = await db.Towns.SingleAsync(t => t.Code == "370323101");
            town.RolloutDate = new DateOnly(2020, 12, 31);
            await db.SaveChangesAsync();
        }
        _seed.Replace(SeedFiles.Towns, "\"pilot\": false, \"pilotStart\": null", "\"pilot\": true, \"pilotStart\": \"2020-06-01\"");

        await SeedAsync(database);

        await using var reader = database.CreateContext();
        var yuezhuang = await reader.Towns.SingleAsync(t => t.Code == "370323101");
        Assert.Equal((false, (DateOnly?)null, (DateOnly?)new DateOnly(2020, 12, 31)), (yuezhuang.IsPilot, yuezhuang.PilotStart, yuezhuang.RolloutDate));
    }

    [DatabaseFact]
    public async Task A_year_of_holidays_the_database_has_is_the_bureaus_and_a_reseed_adds_only_years_it_has_not()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        await using (var db = database.CreateContext())
        {
            // The bureau deleted a day it found wrong on /admin/holidays.
            db.Holidays.Remove(await db.Holidays.SingleAsync(h => h.Date == new DateOnly(2020, 10, 2)));
            await db.SaveChangesAsync();
        }
        _seed.Replace(SeedFiles.Holidays, "2020-10-10,false", "2020-10-10,true");
        _seed.Append(SeedFiles.Holidays, "2021-01-01,true,元旦\n");

        await SeedAsync(database);

        await using var reader = database.CreateContext();
        var days = await reader.Holidays.OrderBy(h => h.Date).Select(h => new { h.Date, h.IsOffDay }).ToListAsync();
        Assert.Equal(
            [(new DateOnly(2020, 9, 27), false), (new DateOnly(2020, 10, 1), true), (new DateOnly(2020, 10, 10), false), (new DateOnly(2021, 1, 1), true)],
            days.Select(d => (d.Date, d.IsOffDay)));
    }

    [DatabaseFact]
    public async Task A_changed_promised_limit_is_kept_as_history_from_the_day_of_the_reseed()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        _seed.Replace(SeedFiles.Items, "\"promisedDays\": 3", "\"promisedDays\": 2");
        _seed.Replace(SeedFiles.Windows, "370323101,1,综合受理窗口,综合受理", "370323101,1,综合受理窗口,专业");

        await SeedAsync(database, new DateOnly(2020, 10, 12));

        await using var reader = database.CreateContext();
        var limits = await reader.ItemLimitChanges.Where(c => c.ItemCode == "RS-002").OrderBy(c => c.EffectiveFrom).ToListAsync();
        Assert.Equal([(DateOnly.MinValue, 3), (new DateOnly(2020, 10, 12), 2)], limits.Select(c => (c.EffectiveFrom, c.PromisedDays)));
        var kinds = await reader.WindowKindChanges.Where(c => c.WindowCode == "370323101-01").OrderBy(c => c.EffectiveFrom).ToListAsync();
        Assert.Equal([(DateOnly.MinValue, WindowKind.Comprehensive), (new DateOnly(2020, 10, 12), WindowKind.Specialised)], kinds.Select(c => (c.EffectiveFrom, c.Kind)));
    }
}

public sealed class SqliteReferenceDataSeederTests() : ReferenceDataSeederTests(DatabaseProvider.Sqlite);

public sealed class PostgresReferenceDataSeederTests() : ReferenceDataSeederTests(DatabaseProvider.Postgres), IUsesPostgres;
