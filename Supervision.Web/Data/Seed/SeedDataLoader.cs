using Supervision.Web.Data.Configurations;
using Supervision.Web.Data.Entities;
using Supervision.Web.Common;

namespace Supervision.Web.Data.Seed;

/// <summary>
/// Reads and validates the seed-data folder. Files are checked in dependency order (towns and
/// departments before what refers to them); the first file with problems stops loading with a
/// <see cref="SeedDataException"/> listing all of that file's problems.
/// </summary>
public static class SeedDataLoader
{
    public static SeedDataSet Load(string directory)
    {
        var reader = new FileReader(directory);
        var towns = reader.Parse(SeedFiles.Towns, ParseTowns);
        var departments = reader.Parse(SeedFiles.Departments, ParseDepartments);
        var departmentCodes = departments.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var items = reader.Parse(SeedFiles.Items, (text, errors) => ParseItems(text, errors, departmentCodes));

        var townCodes = towns.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var itemCodes = items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        return new SeedDataSet(
            towns,
            departments,
            items,
            reader.Parse(SeedFiles.HallItems, (text, errors) => ParseHallItems(text, errors, townCodes, itemCodes)),
            reader.Parse(SeedFiles.Windows, (text, errors) => ParseWindows(text, errors, townCodes)),
            reader.Parse(SeedFiles.Staff, (text, errors) => ParseStaff(text, errors, townCodes)),
            reader.Parse(SeedFiles.PilotTasks, (text, errors) => ParsePilotTasks(text, errors, townCodes)),
            reader.Parse(SeedFiles.Holidays, ParseHolidays));
    }

    private sealed class FileReader(string directory)
    {
        private readonly string _displayDirectory = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));

        public IReadOnlyList<T> Parse<T>(string fileName, Func<string, SeedErrors, IReadOnlyList<T>> parse)
        {
            var errors = new SeedErrors($"{_displayDirectory}/{fileName}");
            var path = Path.Combine(directory, fileName);
            if (!File.Exists(path))
            {
                errors.Add(null, null, $"文件不存在（查找位置：{path}）");
                errors.ThrowIfAny();
            }
            var result = parse(File.ReadAllText(path), errors);
            errors.ThrowIfAny();
            return result;
        }
    }

    private static IReadOnlyList<Town> ParseTowns(string text, SeedErrors errors)
    {
        var towns = new List<Town>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in JsonRow.ParseArray(text, errors) ?? [])
        {
            var town = new Town
            {
                Code = row.Text("code", ColumnLengths.TownCode),
                Name = row.Text("name", ColumnLengths.Name),
                Kind = row.Term("kind", SeedVocabulary.TownKinds),
                IsPilot = row.Bool("pilot"),
                PilotStart = row.OptionalDate("pilotStart"),
                PilotEnd = row.OptionalDate("pilotEnd"),
            };
            if (town.PilotStart > town.PilotEnd)
            {
                row.Error("pilotEnd", $"试点结束日期 {town.PilotEnd:yyyy-MM-dd} 早于开始日期 {town.PilotStart:yyyy-MM-dd}");
            }
            Unique(seen, town.Code, row, "code", "乡镇代码");
            towns.Add(town);
        }
        return towns;
    }

    private static IReadOnlyList<Department> ParseDepartments(string text, SeedErrors errors)
    {
        var departments = new List<Department>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in JsonRow.ParseArray(text, errors) ?? [])
        {
            var department = new Department
            {
                Code = row.Text("code", ColumnLengths.DepartmentCode),
                Name = row.Text("name", ColumnLengths.Name),
            };
            Unique(seen, department.Code, row, "code", "部门代码");
            departments.Add(department);
        }
        return departments;
    }

    private static IReadOnlyList<ServiceItem> ParseItems(string text, SeedErrors errors, IReadOnlySet<string> departments)
    {
        var items = new List<ServiceItem>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in JsonRow.ParseArray(text, errors) ?? [])
        {
            var item = new ServiceItem
            {
                Code = row.Text("code", ColumnLengths.ItemCode),
                Name = row.Text("name", ColumnLengths.LongName),
                DepartmentCode = row.Text("department", ColumnLengths.DepartmentCode),
                ApplicantType = row.Term("applicant", SeedVocabulary.ApplicantTypes),
                PromisedDays = row.NonNegativeInt("promisedDays"),
                StatutoryDays = row.NonNegativeInt("statutoryDays"),
                PreReviewOnly = row.Bool("preReviewOnly"),
                Materials = row.StringList("materials"),
            };
            Known(departments, item.DepartmentCode, row, "department", "部门代码");
            Unique(seen, item.Code, row, "code", "事项编码");
            items.Add(item);
        }
        return items;
    }

    private static IReadOnlyList<HallItemStatus> ParseHallItems(
        string text, SeedErrors errors, IReadOnlySet<string> towns, IReadOnlySet<string> items)
    {
        var statuses = new List<HallItemStatus>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var table = CsvTable.Parse(text, ["town", "item", "effectiveFrom", "stationed", "oneWindow"], errors);
        foreach (var row in table?.Rows ?? [])
        {
            var status = new HallItemStatus
            {
                TownCode = row.Text("town", ColumnLengths.TownCode),
                ItemCode = row.Text("item", ColumnLengths.ItemCode),
                EffectiveFrom = row.Date("effectiveFrom"),
                Stationed = row.Bool("stationed"),
                OneWindowEnabled = row.Bool("oneWindow"),
            };
            Known(towns, status.TownCode, row, "town", "乡镇代码");
            Known(items, status.ItemCode, row, "item", "事项编码");
            Unique(seen, $"{status.TownCode} {status.ItemCode} {status.EffectiveFrom:yyyy-MM-dd}", row, "effectiveFrom", "（乡镇、事项、生效日期）");
            statuses.Add(status);
        }
        return statuses;
    }

    private static IReadOnlyList<Window> ParseWindows(string text, SeedErrors errors, IReadOnlySet<string> towns)
    {
        var windows = new List<Window>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var table = CsvTable.Parse(text, ["town", "number", "name", "kind"], errors);
        foreach (var row in table?.Rows ?? [])
        {
            var town = row.Text("town", ColumnLengths.TownCode);
            var number = row.NonNegativeInt("number");
            var window = new Window
            {
                Code = WindowCode(town, number),
                TownCode = town,
                Number = number,
                Name = row.Text("name", ColumnLengths.Name),
                Kind = row.Term("kind", SeedVocabulary.WindowKinds),
            };
            Known(towns, town, row, "town", "乡镇代码");
            Unique(seen, window.Code, row, "number", "窗口");
            windows.Add(window);
        }
        return windows;
    }

    /// <summary>The county-wide window code, e.g. <c>370323001-03</c>.</summary>
    public static string WindowCode(string townCode, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{townCode}-{number:00}");

    private static IReadOnlyList<Staff> ParseStaff(string text, SeedErrors errors, IReadOnlySet<string> towns)
    {
        var staff = new List<Staff>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var table = CsvTable.Parse(text, ["id", "town", "name", "role", "recruitment", "trained"], errors);
        foreach (var row in table?.Rows ?? [])
        {
            var member = new Staff
            {
                Id = row.Text("id", ColumnLengths.StaffId),
                TownCode = row.Text("town", ColumnLengths.TownCode),
                Name = row.Text("name", ColumnLengths.Name),
                Role = row.Term("role", SeedVocabulary.StaffRoles),
                Recruitment = row.Term("recruitment", SeedVocabulary.Recruitments),
                Trained = row.Bool("trained"),
            };
            Known(towns, member.TownCode, row, "town", "乡镇代码");
            Unique(seen, member.Id, row, "id", "工作人员编号");
            staff.Add(member);
        }
        return staff;
    }

    private static IReadOnlyList<PilotTask> ParsePilotTasks(string text, SeedErrors errors, IReadOnlySet<string> towns)
    {
        var tasks = new List<PilotTask>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var table = CsvTable.Parse(text, ["town", "key", "phase", "name", "due"], errors);
        foreach (var row in table?.Rows ?? [])
        {
            var task = new PilotTask
            {
                TownCode = row.Text("town", ColumnLengths.TownCode),
                Key = row.Text("key", ColumnLengths.Key),
                Phase = row.Term("phase", SeedVocabulary.PilotPhases),
                Name = row.Text("name", ColumnLengths.LongName),
                DueDate = row.Date("due"),
            };
            Known(towns, task.TownCode, row, "town", "乡镇代码");
            Unique(seen, $"{task.TownCode} {task.Key}", row, "key", "（乡镇、任务键）");
            tasks.Add(task);
        }
        return tasks;
    }

    private static IReadOnlyList<Holiday> ParseHolidays(string text, SeedErrors errors)
    {
        try
        {
            return HolidayCsv.Parse(text).Select(d => new Holiday { Date = d.Date, IsOffDay = d.IsOffDay, Name = d.Name }).ToList();
        }
        catch (FormatException ex)
        {
            errors.Add(null, null, ex.Message);
            return [];
        }
    }

    private static void Known(IReadOnlySet<string> known, string code, SeedRow row, string field, string what)
    {
        if (code.Length > 0 && !known.Contains(code))
        {
            row.Error(field, $"未知{what} \"{code}\"");
        }
    }

    private static void Unique(Dictionary<string, string> seen, string key, SeedRow row, string field, string what)
    {
        if (key.Trim().Length == 0)
        {
            return;
        }
        if (seen.TryGetValue(key, out var first))
        {
            row.Error(field, $"{what} \"{key}\" 重复，{first}已有");
        }
        else
        {
            seen[key] = row.Label;
        }
    }
}
