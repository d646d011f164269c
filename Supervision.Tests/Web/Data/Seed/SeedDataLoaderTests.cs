using Supervision.Domain.Reference;
using Supervision.Tests.Support.SeedData;
using Supervision.Web.Data.Seed;

namespace Supervision.Tests.Web.Data.Seed;

public sealed class SeedDataLoaderTests : IDisposable
{
    private readonly TestSeedData _seed = new();

    public void Dispose() => _seed.Dispose();

    private SeedDataException LoadFails() => Assert.Throws<SeedDataException>(() => SeedDataLoader.Load(_seed.Directory));

    [Fact]
    public void Loads_every_file_of_a_valid_folder()
    {
        var data = SeedDataLoader.Load(_seed.Directory);

        Assert.Equal([2, 3, 4, 5, 4, 3, 3, 4],
            [data.Towns.Count, data.Departments.Count, data.Items.Count, data.HallItems.Count, data.Windows.Count, data.Staff.Count, data.PilotTasks.Count, data.Holidays.Count]);
    }

    [Fact]
    public void Reads_chinese_vocabulary_into_the_domain_enums()
    {
        var data = SeedDataLoader.Load(_seed.Directory);

        Assert.Equal(TownKind.Subdistrict, data.Towns.Single(t => t.Code == "370323001").Kind);
        Assert.Equal(ApplicantType.Enterprise, data.Items.Single(i => i.Code == "YB-001").ApplicantType);
        Assert.Equal((StaffRole.BackOffice, Recruitment.InternalSelection), data.Staff.Single(s => s.Id == "370323001-S02") is var s ? (s.Role, s.Recruitment) : default);
        Assert.Equal(PilotPhase.Summary, data.PilotTasks.Single(t => t.Key == "evaluation").Phase);
    }

    [Fact]
    public void Window_code_is_town_and_two_digit_number_and_quoted_names_keep_their_text()
    {
        var window = SeedDataLoader.Load(_seed.Directory).Windows.Single(w => w.Number == 9);

        Assert.Equal(("370323001-09", "“一次办不好”找茬窗口", WindowKind.Complaint), (window.Code, window.Name, window.Kind));
    }

    [Fact]
    public void Unknown_department_code_names_the_file_item_and_field()
    {
        _seed.Replace(SeedFiles.Items, "\"department\": \"MZ\"", "\"department\": \"XX\"");

        Assert.Equal("seed-data/items.json 第3条，字段 department：未知部门代码 \"XX\"", LoadFails().Message);
    }

    [Fact]
    public void Duplicate_item_code_names_the_second_occurrence_and_the_first()
    {
        _seed.Replace(SeedFiles.Items, "\"code\": \"YB-001\"", "\"code\": \"RS-002\"");

        Assert.Equal("seed-data/items.json 第4条，字段 code：事项编码 \"RS-002\" 重复，第2条已有", LoadFails().Message);
    }

    [Fact]
    public void Malformed_date_names_the_file_data_row_and_field()
    {
        _seed.Replace(SeedFiles.HallItems, "370323001,RS-001,2020-07-01", "370323001,RS-001,2020-13-01");

        Assert.Equal(
            "seed-data/hall-items.csv 第2行数据（文件第3行），字段 effectiveFrom：\"2020-13-01\" 不是有效日期，应为 yyyy-MM-dd",
            LoadFails().Message);
    }

    [Fact]
    public void An_unclosed_quote_in_a_seed_file_is_reported_with_the_file_and_record()
    {
        _seed.Replace(SeedFiles.HallItems, "370323001,RS-001,2020-07-01", "370323001,\"RS-001,2020-07-01");

        Assert.StartsWith("seed-data/hall-items.csv：第 3 行：引号未闭合", LoadFails().Message);
    }

    [Fact]
    public void Unknown_window_kind_lists_the_allowed_values()
    {
        _seed.Replace(SeedFiles.Windows, "综合受理窗口,综合受理", "综合受理窗口,综合");

        var message = LoadFails().Message;

        Assert.StartsWith("seed-data/windows.csv 第4行数据（文件第5行），字段 kind：未知取值 \"综合\"，可选：综合受理、统一出件", message);
    }

    [Fact]
    public void Missing_json_field_is_reported_as_missing()
    {
        _seed.Replace(SeedFiles.Towns, "\"name\": \"悦庄镇\", ", "");

        Assert.Equal("seed-data/towns.json 第2条，字段 name：缺少必填值", LoadFails().Message);
    }

    [Fact]
    public void Malformed_boolean_and_unknown_town_in_one_file_are_reported_together()
    {
        _seed.Replace(SeedFiles.Staff, "李强,后台审批,内部选调,false", "李强,后台审批,内部选调,否");
        _seed.Replace(SeedFiles.Staff, "370323101-S01,370323101", "370323101-S01,370323999");

        var errors = LoadFails().Errors;

        Assert.Equal(
            [("第2行数据（文件第3行）", "trained"), ("第3行数据（文件第4行）", "town")],
            errors.Select(e => (e.Row, e.Field)));
    }

    [Fact]
    public void Missing_csv_column_names_the_header()
    {
        _seed.Write(SeedFiles.PilotTasks, "town,key,phase,name\n370323001,plan,动员部署,方案\n");

        Assert.Equal("seed-data/pilot-tasks.csv 表头，字段 due：缺少列 due（表头应为 town,key,phase,name,due）", LoadFails().Message);
    }

    [Fact]
    public void Row_with_too_few_fields_is_reported_once()
    {
        _seed.Append(SeedFiles.Windows, "370323101,2\n");

        Assert.Equal("seed-data/windows.csv 第5行数据（文件第6行）：应有 4 个字段，实际有 2 个", LoadFails().Message);
    }

    [Fact]
    public void Malformed_holiday_line_is_reported_with_the_file()
    {
        _seed.Append(SeedFiles.Holidays, "2020-10-03,maybe,国庆节\n");

        Assert.StartsWith("seed-data/holidays.csv：", LoadFails().Message);
        Assert.Contains("offDay", LoadFails().Message);
    }

    [Fact]
    public void Missing_file_names_the_file()
    {
        File.Delete(Path.Combine(_seed.Directory, SeedFiles.Staff));

        Assert.StartsWith("seed-data/staff.csv：文件不存在", LoadFails().Message);
    }
}
