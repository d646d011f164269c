namespace Supervision.Web.Simulation;

internal enum VisitorKind
{
    Case = 1,
    Consultation = 2,
}

/// <summary>An applicant's application as decided when they first turn up.</summary>
/// <param name="Hall">The hall's part of the case number (<see cref="TownModel.NumberPart"/>): numbers never repeat across the county.</param>
internal sealed record PlannedCase(
    string Hall,
    int Number,
    DateOnly Day,
    TimeOnly Arrival,
    ServiceItem Item,
    bool Online,
    IReadOnlyList<string>? MissingMaterials,
    DateOnly? ReturnDay,
    TimeOnly ReturnArrival)
{
    public string CaseId => $"C{Day:yyyyMMdd}-{Hall}-{Number:0000}";
}

/// <summary>A consultation: a ticket to the 咨询 window, no case.</summary>
internal sealed record PlannedConsultation(int Number, TimeOnly Arrival);

/// <summary>
/// Who comes to a hall on a day, what for and whether they will need to come back. Kept apart from
/// the day's service simulation and drawn from its own random stream, so a later day can learn who
/// returns to it without simulating the earlier day.
/// </summary>
internal sealed record DayPlan(IReadOnlyList<PlannedCase> Cases, IReadOnlyList<PlannedConsultation> Consultations)
{
    public static readonly DayPlan Empty = new([], []);

    /// <summary>Share of applications missing something (一次性告知 and a later visit).</summary>
    public const double MissingShare = 0.12;

    public const double OnlineShare = 0.08;
    public const double ConsultationShare = 0.12;
    public const int MaxReturnWorkingDays = 5;

    private static readonly double[] ReturnAfterCumulative = [0.45, 0.70, 0.85, 0.95, 1.0];

    public static DayPlan Create(SimulationModel model, TownModel town, DateOnly day)
    {
        if (!model.Calendar.IsWorkingDay(day) || town.Catalog.On(day) is not { } items)
        {
            return Empty;
        }
        var random = SimRandom.For(model.Seed, town.Code, day, SimRandom.PlanStream);
        var mean = town.BaseApplicants * TownModel.DayFactor(model.Calendar, day) * random.Between(0.9, 1.1);
        var count = random.Count(mean);
        var cases = new List<PlannedCase>(count);
        for (var number = 1; number <= count; number++)
        {
            var arrival = model.Arrivals.Draw(random);
            var item = items.Draw(random).Item;
            var online = random.Chance(OnlineShare);
            IReadOnlyList<string>? missing = null;
            DateOnly? returnDay = null;
            if (random.Chance(MissingShare))
            {
                missing = MissingFrom(random, item);
                if (random.Chance(0.92))
                {
                    returnDay = model.Calendar.AddWorkingDays(day, 1 + random.PickCumulative(ReturnAfterCumulative));
                }
            }
            var returnArrival = model.Arrivals.Draw(random);
            cases.Add(new PlannedCase(town.NumberPart, number, day, arrival, item, online, missing, returnDay, returnArrival));
        }
        var consultations = Enumerable.Range(1, random.Count(mean * ConsultationShare))
            .Select(n => new PlannedConsultation(n, model.Arrivals.Draw(random)))
            .ToList();
        return new DayPlan(cases, consultations);
    }

    private static IReadOnlyList<string> MissingFrom(Random random, ServiceItem item)
    {
        if (item.Materials.Count == 0)
        {
            return ["补充申请材料"];
        }
        var first = random.Next(item.Materials.Count);
        var missing = new List<string> { item.Materials[first] };
        if (item.Materials.Count > 1 && random.Chance(0.3))
        {
            missing.Add(item.Materials[(first + 1 + random.Next(item.Materials.Count - 1)) % item.Materials.Count]);
        }
        return missing;
    }
}
