using Supervision.Domain.Events;

namespace Supervision.Tests.Domain.Activity;

public class RollupDeltaTests
{
    private static readonly string[] Towns = ["370323101", "370323102"];
    private static readonly DateOnly[] Days = [new(2020, 9, 1), new(2020, 9, 2), new(2020, 9, 3)];
    private static readonly string[] Staff = ["S1", "S2", "S3"];
    private static readonly string[] Items = ["ITEM-0", "ITEM-3", "ITEM-5"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Applying_the_delta_of_random_changes_gives_the_rows_a_recomputation_gives(int seed)
    {
        var random = new Random(seed);
        var records = new World();
        for (var i = 0; i < 120; i++)
        {
            records.Put(random.Next(5), $"X{i}", random);
        }

        for (var round = 0; round < 30; round++)
        {
            var stored = records.Rollups();
            var delta = new RollupDelta();
            for (var change = 0; change < random.Next(1, 12); change++)
            {
                records.Change(random, delta);
            }

            var expected = records.Rollups();
            var actual = new Dictionary<(string, DateOnly), string>(stored);
            foreach (var key in delta.Keys)
            {
                var before = stored.ContainsKey(key) ? records.Parse(stored[key]) : null;
                var after = delta.Apply(key, before);
                var recomputed = records.RollupOf(key);
                if (after is null)
                {
                    // The delta asked for a recomputation from records.
                    after = recomputed;
                }
                if (after is null)
                {
                    actual.Remove(key);
                }
                else
                {
                    actual[key] = Json(after);
                }
            }
            Assert.Equal(expected.OrderBy(p => p.Key).ToList(), actual.OrderBy(p => p.Key).ToList());
        }
    }

    [Fact]
    public void Removing_the_longest_wait_asks_for_a_recomputation()
    {
        var day = Days[0];
        var longest = Ticket("A1", Towns[0], day, wait: 900);
        var stored = RollupCalculator.ForDay(Towns[0], day, new DayRecords { Tickets = [longest, Ticket("A2", Towns[0], day, wait: 60)] });
        var delta = new RollupDelta();
        delta.Remove(longest);
        delta.Add(Ticket("A1", Towns[0], day, wait: 300));

        Assert.Null(delta.Apply((Towns[0], day), stored));
    }

    [Fact]
    public void A_longer_wait_raises_the_max_without_a_recomputation()
    {
        var day = Days[0];
        var stored = RollupCalculator.ForDay(Towns[0], day, new DayRecords { Tickets = [Ticket("A1", Towns[0], day, wait: 60)] });
        var delta = new RollupDelta();
        delta.Add(Ticket("A2", Towns[0], day, wait: 1200));

        Assert.Equal(1200, delta.Apply((Towns[0], day), stored)!.Town.WaitSecondsMax);
    }

    [Fact]
    public void A_record_replaced_by_an_equal_one_changes_no_day()
    {
        var delta = new RollupDelta();
        delta.Remove(Ticket("A1", Towns[0], Days[0], wait: 60));
        delta.Add(Ticket("A1", Towns[0], Days[0], wait: 60));

        Assert.Empty(delta.Keys);
    }

    [Fact]
    public void Processing_sums_do_not_depend_on_the_order_cases_are_added_and_taken_away()
    {
        var day = Days[0];
        var cases = Enumerable.Range(0, 40).Select(i => Completed($"C{i}", day, 0.1 + i / 7.0)).ToList();
        var stored = RollupCalculator.ForDay(Towns[0], day, new DayRecords { Cases = cases.Take(39).ToList() });
        var delta = new RollupDelta();
        delta.Add(cases[39]);
        delta.Remove(cases[3]);

        var applied = delta.Apply((Towns[0], day), stored)!;
        var recomputed = RollupCalculator.ForDay(Towns[0], day, new DayRecords { Cases = cases.Where((_, i) => i != 3).ToList() });

        Assert.Equal(BitConverter.DoubleToInt64Bits(recomputed.Town.ProcessingDaysSum), BitConverter.DoubleToInt64Bits(applied.Town.ProcessingDaysSum));
        Assert.Equal(BitConverter.DoubleToInt64Bits(recomputed.Town.NonInstantUsedDaysSum), BitConverter.DoubleToInt64Bits(applied.Town.NonInstantUsedDaysSum));
    }

    private static string Json(DayRollups rows) => JsonSerializer.Serialize(rows);

    private static TicketRecord Ticket(string id, string town, DateOnly day, long? wait) => new()
    {
        Town = town, Ticket = id, IssuedDay = day, WaitSeconds = wait, Staff = wait is null ? null : "S1",
        ServiceSeconds = wait is null ? null : 120, Status = TicketStatus.Finished,
    };

    private static CaseRecord Completed(string id, DateOnly day, double used) => new()
    {
        Town = Towns[0], CaseId = id, AcceptedDay = day, CompletedDay = day, ProcessingWorkingDays = Math.Round(used, 6), PromisedDays = 5,
        PromiseClockUsedDays = Math.Round(used / 2, 6),
        VisitDays = day.ToString("yyyy-MM-dd"), ItemCode = Items[2],
    };

    /// <summary>Random records of every kind, changed at random; rollups always recomputed from scratch.</summary>
    private sealed class World
    {
        private readonly Dictionary<string, object> _records = [];

        public void Put(int kind, string id, Random random)
        {
            var (key, record) = Create(kind, id, random);
            _records[key] = record;
        }

        public void Change(Random random, RollupDelta delta)
        {
            if (random.Next(4) == 0)
            {
                // A new subject; an attendance record may land on an existing (town, staff, date) and replace it.
                var (key, record) = Create(random.Next(5), $"N{random.Next(1_000_000)}", random);
                if (_records.TryGetValue(key, out var replaced))
                {
                    Apply(delta, replaced, -1);
                }
                _records[key] = record;
                Apply(delta, record, +1);
                return;
            }
            var id = Pick(random, _records.Keys.Order(StringComparer.Ordinal).ToList());
            var old = _records[id];
            Apply(delta, old, -1);
            _records.Remove(id);
            if (random.Next(5) == 0)
            {
                return; // gone for good: the store never does this, but the sums must still agree
            }
            _records[id] = Reshape(old, id, random);
            Apply(delta, _records[id], +1);
        }

        private static (string Key, object Record) Create(int kind, string id, Random random)
        {
            var town = Pick(random, Towns);
            if (kind == 4)
            {
                var attendance = new AttendanceRecord
                {
                    Town = town, StaffId = Pick(random, Staff), Date = Pick(random, Days), Status = (AttendanceStatus)random.Next(1, 5),
                };
                return ($"attendance:{town}:{attendance.StaffId}:{attendance.Date:yyyy-MM-dd}", attendance);
            }
            return (id, kind switch
            {
                0 => RandomCase(id, town, random),
                1 => RandomTicket(id, town, random),
                2 => RandomReview(id, town, random),
                _ => RandomComplaint(id, town, random),
            });
        }

        // Same natural key, new contents: what a late event does to a record.
        private object Reshape(object old, string id, Random random) => old switch
        {
            CaseRecord c => RandomCase(id, c.Town, random),
            TicketRecord t => RandomTicket(id, t.Town, random),
            ReviewRecord r => RandomReview(id, r.Town, random),
            ComplaintRecord c => RandomComplaint(id, c.Town, random),
            AttendanceRecord a => new AttendanceRecord { Town = a.Town, StaffId = a.StaffId, Date = a.Date, Status = (AttendanceStatus)random.Next(1, 5) },
            _ => throw new InvalidOperationException(),
        };

        private RecordsByKey All => new(
            _records.Values.OfType<CaseRecord>().ToList(), _records.Values.OfType<TicketRecord>().ToList(),
            _records.Values.OfType<ReviewRecord>().ToList(), _records.Values.OfType<ComplaintRecord>().ToList(),
            _records.Values.OfType<AttendanceRecord>().ToList());

        public Dictionary<(string, DateOnly), string> Rollups()
        {
            var rows = new Dictionary<(string, DateOnly), string>();
            foreach (var town in Towns)
            {
                foreach (var day in Days.Concat(Days.Select(d => d.AddDays(3))))
                {
                    if (RollupOf((town, day)) is { } rollup)
                    {
                        rows[(town, day)] = Json(rollup);
                    }
                }
            }
            return rows;
        }

        /// <summary>What a full recomputation writes for the key: nothing when no record touches the day.</summary>
        public DayRollups? RollupOf((string Town, DateOnly Day) key)
        {
            var all = All;
            var touching = new DayRecords
            {
                Cases = all.Cases.Where(r => r.Town == key.Town && r.RollupDays().Contains(key.Day)).ToList(),
                Tickets = all.Tickets.Where(r => r.Town == key.Town && r.RollupDays().Contains(key.Day)).ToList(),
                Reviews = all.Reviews.Where(r => r.Town == key.Town && r.RollupDays().Contains(key.Day)).ToList(),
                Complaints = all.Complaints.Where(r => r.Town == key.Town && r.RollupDays().Contains(key.Day)).ToList(),
                Attendance = all.Attendance.Where(r => r.Town == key.Town && r.RollupDays().Contains(key.Day)).ToList(),
            };
            var count = touching.Cases.Count + touching.Tickets.Count + touching.Reviews.Count + touching.Complaints.Count + touching.Attendance.Count;
            return count == 0 ? null : RollupCalculator.ForDay(key.Town, key.Day, touching);
        }

        public DayRollups Parse(string json) => JsonSerializer.Deserialize<DayRollups>(json)!;

        private static void Apply(RollupDelta delta, object record, int sign)
        {
            switch (record)
            {
                case CaseRecord c: if (sign > 0) delta.Add(c); else delta.Remove(c); break;
                case TicketRecord t: if (sign > 0) delta.Add(t); else delta.Remove(t); break;
                case ReviewRecord r: if (sign > 0) delta.Add(r); else delta.Remove(r); break;
                case ComplaintRecord c: if (sign > 0) delta.Add(c); else delta.Remove(c); break;
                case AttendanceRecord a: if (sign > 0) delta.Add(a); else delta.Remove(a); break;
            }
        }

        private static CaseRecord RandomCase(string id, string town, Random random)
        {
            var accepted = Maybe(random, Pick(random, Days));
            var completed = accepted is { } a && random.Next(2) == 0 ? a.AddDays(random.Next(3)) : (DateOnly?)null;
            return new CaseRecord
            {
                Town = town, CaseId = id, ItemCode = random.Next(5) == 0 ? null : Pick(random, Items),
                VisitDays = string.Join(',', Days.Where(_ => random.Next(3) == 0).Select(d => d.ToString("yyyy-MM-dd"))),
                AcceptedDay = accepted, AcceptedAtComprehensive = random.Next(2) == 0, AcceptedStaff = random.Next(4) == 0 ? null : Pick(random, Staff),
                CompletedDay = completed, IsInstant = random.Next(3) == 0, InstantSameDay = random.Next(3) == 0,
                CompletedOnTime = random.Next(3) switch { 0 => null, 1 => true, _ => false }, CompletedLate = random.Next(4) == 0,
                OneTrip = random.Next(2) == 0, ProcessingWorkingDays = completed is null ? null : Math.Round(random.NextDouble() * 6, 6),
                PromisedDays = random.Next(4) == 0 ? null : random.Next(0, 6),
                PromiseClockUsedDays = completed is null ? null : Math.Round(random.NextDouble() * 5, 6),
                RefusedDay = random.Next(6) == 0 ? Pick(random, Days) : null, RefusalViolation = random.Next(2) == 0,
            };
        }

        private static TicketRecord RandomTicket(string id, string town, Random random)
        {
            var wait = random.Next(3) == 0 ? (long?)null : random.Next(0, 1800);
            var served = wait is not null && random.Next(3) > 0;
            return new TicketRecord
            {
                Town = town, Ticket = id, IssuedDay = random.Next(8) == 0 ? null : Pick(random, Days), WaitSeconds = wait,
                Staff = served ? Pick(random, Staff) : null, ServiceSeconds = served ? random.Next(30, 900) : null,
                AbandonedAt = wait is null && random.Next(2) == 0 ? DateTimeOffset.UnixEpoch : null,
            };
        }

        private static ReviewRecord RandomReview(string id, string town, Random random)
        {
            var level = random.Next(1, 6);
            return new ReviewRecord
            {
                Town = town, ReviewId = id, SubmittedDay = Maybe(random, Pick(random, Days)), Level = level, IsGood = level >= 3, IsNegative = level <= 2,
                CaseId = random.Next(2) == 0 ? null : "C1", Staff = random.Next(3) == 0 ? null : Pick(random, Staff),
                NeedsRectification = level <= 2 && random.Next(3) > 0, RectifyDueDay = level <= 2 ? Pick(random, Days).AddDays(3) : null,
                RectifiedOnTime = random.Next(3) switch { 0 => null, 1 => true, _ => false },
                FollowedUpAt = random.Next(2) == 0 ? DateTimeOffset.UnixEpoch : null,
            };
        }

        private static ComplaintRecord RandomComplaint(string id, string town, Random random)
        {
            var filed = Pick(random, Days);
            return new ComplaintRecord
            {
                Town = town, ComplaintId = id, FiledDay = filed, Substantiated = random.Next(3) switch { 0 => null, 1 => true, _ => false },
                RespondDueDay = filed.AddDays(1), RespondedOnTime = random.Next(2) == 0 ? null : random.Next(2) == 0,
                ResolveDueDay = filed.AddDays(random.Next(2, 4)), ResolvedOnTime = random.Next(2) == 0 ? null : random.Next(2) == 0,
            };
        }

        private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

        private static DateOnly? Maybe(Random random, DateOnly day) => random.Next(5) == 0 ? null : day;
    }

    private sealed record RecordsByKey(
        List<CaseRecord> Cases, List<TicketRecord> Tickets, List<ReviewRecord> Reviews, List<ComplaintRecord> Complaints, List<AttendanceRecord> Attendance);
}
