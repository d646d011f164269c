using static Supervision.Tests.Domain.Figures.FigureWorld;

namespace Supervision.Tests.Domain.Figures;

/// <summary>The scenario's rollups, built once; every test reads them and none changes them.</summary>
internal static class OctoberFigures
{
    public static readonly DateTimeOffset Now = L("2020-11-02 09:00");
    public static readonly Period October = Period.Parse("2020-10", Now);
    public static readonly FigureSources Sources = OctoberScenario.Build().Sources(OctoberScenario.ItemHistory);

    public static FigureSet HallA(Period? period = null, FigureCalculator? calculator = null) =>
        (calculator ?? new FigureCalculator()).Calculate(Scope.Town(TownA), period ?? October, Sources);
}
