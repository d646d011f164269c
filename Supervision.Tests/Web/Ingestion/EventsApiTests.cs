using Supervision.Domain.Events;
using Supervision.Tests.Support.Databases;

namespace Supervision.Tests.Web.Ingestion;

public sealed class EventsApiTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Every_event_type_is_accepted_stored_and_projected(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var key = await app.CreateKeyAsync(Samples.Town);

        var response = await app.PostAsync(key, Samples.EveryType());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new IngestResultDto(23, 0), await ReadAsync<IngestResultDto>(response));
        Assert.Equal(Samples.EveryType().Select(e => e.Id), await app.StoredIdsAsync());
        var counts = await app.QueryAsync(async d => new[]
        {
            await d.Set<CaseRecord>().CountAsync(), await d.Set<TicketRecord>().CountAsync(), await d.Set<ReviewRecord>().CountAsync(),
            await d.Set<ComplaintRecord>().CountAsync(), await d.Set<AttendanceRecord>().CountAsync(),
        });
        Assert.Equal([2, 2, 1, 1, 1], counts);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Missing_key_is_401_problem(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);

        var response = await app.PostAsync(null, Samples.EveryType());

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "缺少 API 密钥");
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Unknown_key_is_401_problem(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);

        var response = await app.PostAsync("sv_not-a-real-key", Samples.EveryType());

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "API 密钥无效");
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Revoked_key_is_401_problem(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var keys = app.Services.GetRequiredService<ApiKeyService>();
        var (created, secret) = await keys.CreateAsync("叫号机", Samples.Town, ApiKeyScopes.Ingest, CancellationToken.None);
        await keys.RevokeAsync(created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        var response = await app.PostAsync(secret, Samples.EveryType());

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "API 密钥已吊销");
        Assert.Empty(await app.StoredIdsAsync());
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Key_without_ingest_scope_is_403(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var key = await app.CreateKeyAsync(Samples.Town, ApiKeyScopes.Read);

        var response = await app.PostAsync(key, Samples.EveryType());

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "权限不足");
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Events_of_another_town_are_403_listing_them_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var key = await app.CreateKeyAsync(Samples.Town);
        var batch = Samples.EveryType().ToList();
        batch[3] = new TicketIssued { Id = "foreign", Town = Samples.OtherTown, At = Samples.At, Ticket = "B1", Category = "综合受理" };

        var response = await app.PostAsync(key, batch);

        var problem = await AssertProblemAsync(response, HttpStatusCode.Forbidden, "无权上报其他镇街的事件");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("index").GetInt32());
        Assert.Equal("foreign", error.GetProperty("id").GetString());
        Assert.Contains(Samples.OtherTown, error.GetProperty("reason").GetString());
        Assert.Empty(await app.StoredIdsAsync());
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Body_over_the_limit_is_413_problem(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db, new Dictionary<string, string> { ["Ingestion:MaxBodyBytes"] = "1024" });
        var key = await app.CreateKeyAsync(Samples.Town);

        var response = await app.PostAsync(key, Samples.EveryType());

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "请求体过大");
        Assert.Empty(await app.StoredIdsAsync());
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Malformed_body_is_400_problem(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var key = await app.CreateKeyAsync(Samples.Town);

        var response = await app.PostRawAsync(key, Encoding.UTF8.GetBytes("{\"events\": [ {\"id\": "));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "请求体格式错误");
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Invalid_event_is_400_naming_its_index_and_id_and_the_store_is_unchanged(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var key = await app.CreateKeyAsync(Samples.Town);
        await app.PostAsync(key, Samples.EveryType("first"));
        var before = await app.StoredIdsAsync();
        var batch = Samples.EveryType("second").ToList();
        batch[6] = new CaseAccepted
        {
            Id = "bad-window", Town = Samples.Town, At = Samples.At, Case = "C9", Item = Samples.Item,
            Window = "370323001-99", Staff = Samples.Staff, Channel = CaseChannel.Onsite,
        };

        var response = await app.PostAsync(key, batch);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "事件校验未通过");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(6, error.GetProperty("index").GetInt32());
        Assert.Equal("bad-window", error.GetProperty("id").GetString());
        Assert.Contains("未知窗口编码", error.GetProperty("reason").GetString());
        Assert.Equal(before, await app.StoredIdsAsync());
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Same_batch_twice_is_stored_once_and_reported_as_duplicates(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var key = await app.CreateKeyAsync(Samples.Town);
        var batch = Samples.EveryType().Concat([Samples.EveryType()[0]]).ToList();

        var first = await ReadAsync<IngestResultDto>(await app.PostAsync(key, batch));
        var second = await ReadAsync<IngestResultDto>(await app.PostAsync(key, batch));

        Assert.Equal(new IngestResultDto(23, 1), first);
        Assert.Equal(new IngestResultDto(0, 24), second);
        Assert.Equal(23, (await app.StoredIdsAsync()).Count);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Another_towns_event_with_the_same_id_is_stored(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var other = await app.CreateKeyAsync(Samples.OtherTown);
        var own = await app.CreateKeyAsync(Samples.Town);
        // 悦庄镇's system uses an id that 南麻街道's system sends later for its own event.
        var first = new TicketIssued { Id = "370323001-e-0001", Town = Samples.OtherTown, At = Samples.At, Ticket = "B001", Category = "综合受理" };
        var real = first with { Town = Samples.Town, Ticket = "A001" };

        var before = await ReadAsync<IngestResultDto>(await app.PostAsync(other, [first]));
        var after = await ReadAsync<IngestResultDto>(await app.PostAsync(own, [real]));

        Assert.Equal((new IngestResultDto(1, 0), new IngestResultDto(1, 0)), (before, after));
        var tickets = await app.QueryAsync(d => d.Set<TicketRecord>().OrderBy(r => r.Town).Select(r => r.Town + "/" + r.Ticket).ToListAsync());
        Assert.Equal([$"{Samples.Town}/A001", $"{Samples.OtherTown}/B001"], tickets);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task One_batch_with_the_same_id_in_two_towns_stores_both(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var key = await app.CreateKeyAsync(town: null);
        var own = new TicketIssued { Id = "t1", Town = Samples.Town, At = Samples.At, Ticket = "A001", Category = "综合受理" };
        var batch = new HallEvent[] { own, own with { Town = Samples.OtherTown }, own with { Ticket = "A002" } };

        var result = await ReadAsync<IngestResultDto>(await app.PostAsync(key, batch));

        Assert.Equal(new IngestResultDto(2, 1), result);
        var tickets = await app.QueryAsync(d => d.Set<TicketRecord>().OrderBy(r => r.Town).Select(r => r.Town + "/" + r.Ticket).ToListAsync());
        Assert.Equal([$"{Samples.Town}/A001", $"{Samples.OtherTown}/A001"], tickets);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task The_same_towns_event_with_the_same_id_is_a_duplicate(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var key = await app.CreateKeyAsync(Samples.Town);
        var first = new TicketIssued { Id = "t1", Town = Samples.Town, At = Samples.At, Ticket = "A001", Category = "综合受理" };

        await app.PostAsync(key, [first]);
        var again = await ReadAsync<IngestResultDto>(await app.PostAsync(key, [first with { Ticket = "A002" }]));

        Assert.Equal(new IngestResultDto(0, 1), again);
        var tickets = await app.QueryAsync(d => d.Set<TicketRecord>().Select(r => r.Ticket).ToListAsync());
        Assert.Equal(["A001"], tickets);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task Completion_arriving_before_acceptance_gives_the_right_case_once_both_are_in(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var key = await app.CreateKeyAsync(Samples.Town);
        var all = Samples.EveryType();
        var completed = all.OfType<CaseCompleted>().Single();
        var accepted = all.OfType<CaseAccepted>().Single();

        await app.PostAsync(key, [completed]);
        await app.PostAsync(key, [accepted]);

        var record = await app.QueryAsync(d => d.Set<CaseRecord>().SingleAsync(r => r.CaseId == "C1"));
        Assert.Equal(accepted.At, record.AcceptedAt);
        Assert.Equal(completed.At, record.CompletedAt);
        Assert.Equal(CaseStatus.Completed, record.Status);
        Assert.True(record.CompletedOnTime);
        var day = await app.QueryAsync(d => d.Set<TownDayRollup>().SingleAsync(r => r.Town == Samples.Town && r.Day == new DateOnly(2020, 6, 2)));
        Assert.Equal(1, day.Completed);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task County_key_stores_a_batch_spanning_towns_with_records_per_town(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var key = await app.CreateKeyAsync(town: null);
        var batch = new HallEvent[]
        {
            new TicketIssued { Id = "t1", Town = Samples.Town, At = Samples.At, Ticket = "A001", Category = "综合受理" },
            new TicketIssued { Id = "t2", Town = Samples.OtherTown, At = Samples.At, Ticket = "A001", Category = "综合受理" },
        };

        var response = await app.PostAsync(key, batch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var towns = await app.QueryAsync(d => d.Set<TownDayRollup>().OrderBy(r => r.Town).Select(r => r.Town).ToListAsync());
        Assert.Equal([Samples.Town, Samples.OtherTown], towns);
    }

    [DatabaseTheory, MemberData(nameof(Providers))]
    public async Task A_committed_batch_notifies_its_towns_and_subjects(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        using var app = IngestionApp.Start(db);
        var key = await app.CreateKeyAsync(town: null);
        var seen = new List<IngestionCommitted>();
        app.Services.GetRequiredService<IIngestionNotifications>().Committed += seen.Add;

        await app.PostAsync(key, Samples.EveryType().Take(4));
        await app.PostAsync(key, Samples.EveryType().Take(4));

        var change = Assert.Single(seen);
        Assert.Equal([Samples.Town], change.Towns);
        Assert.Equal(["ticket:370323001:A001", "ticket:370323001:A002"], change.Subjects.Order());
        Assert.Equal(4, change.Stored);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadAsync<JsonElement>(response);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        return problem;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!;

    private sealed record IngestResultDto(int Stored, int Duplicates);
}
