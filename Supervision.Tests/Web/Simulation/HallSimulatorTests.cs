using Supervision.Domain.Events;
using Supervision.Domain.Events.Json;
using Supervision.Domain.Events.Validation;
using static Supervision.Tests.Web.Simulation.SeedReference;

namespace Supervision.Tests.Web.Simulation;

public sealed class HallSimulatorTests
{
    [Fact]
    public void Same_seed_and_range_give_byte_identical_event_batches()
    {
        var first = Simulator(42).Generate(Local(2020, 10, 12), Local(2020, 10, 14));
        var second = Simulator(42).Generate(Local(2020, 10, 12), Local(2020, 10, 14));

        Assert.NotEmpty(first);
        Assert.Equal(EventJson.SerializeBatch(first), EventJson.SerializeBatch(second));
    }

    [Fact]
    public void Different_seeds_give_different_events()
    {
        var first = Simulator(42).Generate(Local(2020, 10, 12), Local(2020, 10, 13));
        var second = Simulator(43).Generate(Local(2020, 10, 12), Local(2020, 10, 13));

        Assert.NotEqual(EventJson.SerializeBatch(first), EventJson.SerializeBatch(second));
    }

    [Fact]
    public void National_day_holiday_has_no_events_at_all()
    {
        var events = Simulator().Generate(Local(2020, 10, 1), Local(2020, 10, 9));

        Assert.Empty(events);
    }

    [Fact]
    public void Make_up_workday_saturday_has_hall_traffic()
    {
        var events = Simulator().Generate(Local(2020, 10, 10), Local(2020, 10, 11));

        Assert.Contains(events, e => e is CaseAccepted);
        Assert.Contains(events, e => e is TicketCalled);
    }

    [Fact]
    public void Ordinary_weekend_has_no_events()
    {
        var events = Simulator().Generate(Local(2020, 10, 17), Local(2020, 10, 19));

        Assert.Empty(events);
    }

    [Fact]
    public void A_sub_range_equals_the_matching_slice_of_a_larger_range()
    {
        var simulator = Simulator();
        var (from, to) = (Local(2020, 10, 14, 9, 47), Local(2020, 10, 20, 14, 13));
        var larger = simulator.Generate(Local(2020, 10, 9), Local(2020, 10, 24));

        var sub = Simulator().Generate(from, to);

        var slice = larger.Where(e => e.At >= from && e.At < to).ToList();
        Assert.NotEmpty(sub);
        Assert.Equal(EventJson.SerializeBatch(slice), EventJson.SerializeBatch(sub));
    }

    [Fact]
    public void Advancing_a_cursor_in_small_steps_gives_the_same_events_as_one_call()
    {
        var from = Local(2020, 10, 12, 8, 0);
        var cursor = Simulator().OpenCursor(from);
        var stepped = new List<HallEvent>();
        for (var at = from; at < Local(2020, 10, 13, 18, 0); at = at.AddMinutes(7))
        {
            stepped.AddRange(cursor.Advance(at.AddMinutes(7)));
        }

        var whole = Simulator().Generate(from, Local(2020, 10, 13, 18, 0).AddMinutes(5));

        Assert.Equal(EventJson.SerializeBatch(whole), EventJson.SerializeBatch(stepped));
    }

    [Fact]
    public void Events_are_ordered_by_time()
    {
        var events = Simulator().Generate(Local(2020, 10, 12), Local(2020, 10, 16));

        Assert.All(events.Zip(events.Skip(1)), pair => Assert.True(pair.First.At <= pair.Second.At));
    }

    [Fact]
    public void Nobody_is_called_and_no_ticket_is_issued_during_the_lunch_break()
    {
        var events = Simulator().Generate(Local(2020, 10, 12), Local(2020, 10, 24));

        var lunch = events
            .Where(e => e is TicketCalled or TicketIssued)
            .Select(e => TimeOnly.FromDateTime(e.At.ToOffset(TimeSpan.FromHours(8)).DateTime))
            .Where(t => t >= new TimeOnly(12, 0) && t < new TimeOnly(13, 30));
        Assert.Empty(lunch);
        Assert.Contains(events, e => e is TicketCalled);
    }

    [Fact]
    public void Calls_happen_only_within_hall_hours()
    {
        var events = Simulator().Generate(Local(2020, 10, 12), Local(2020, 10, 17));

        Assert.All(events.OfType<TicketCalled>(), e =>
        {
            var time = TimeOnly.FromDateTime(e.At.ToOffset(TimeSpan.FromHours(8)).DateTime);
            Assert.InRange(time, new TimeOnly(8, 30), new TimeOnly(17, 29, 59));
        });
    }

    [Fact]
    public void Generated_events_pass_validation_against_the_seed_reference_data()
    {
        var events = Simulator().Generate(Local(2020, 9, 1), Local(2020, 10, 1));

        var errors = EventValidator.Validate(events, Catalog);

        Assert.NotEmpty(events);
        Assert.Empty(errors);
    }

    [Fact]
    public void Event_ids_are_unique_and_fit_the_contract()
    {
        var events = Simulator().Generate(Local(2020, 6, 1), Local(2020, 7, 1));

        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(events, e => Assert.InRange(e.Id.Length, 1, 64));
    }

    [Fact]
    public void Every_days_events_stay_within_the_lookback_window()
    {
        var simulator = Simulator();
        for (var day = new DateOnly(2020, 9, 1); day < new DateOnly(2020, 10, 1); day = day.AddDays(1))
        {
            var limit = Local(day.Year, day.Month, day.Day).AddDays(HallSimulator.LookbackDays);
            Assert.All(simulator.Originating(day), e => Assert.True(e.At < limit, e.Id));
        }
    }
}
