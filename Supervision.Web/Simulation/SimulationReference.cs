namespace Supervision.Web.Simulation;

/// <summary>The reference data a simulation is generated from, exactly as the store holds it.</summary>
public sealed record SimulationReference(
    IReadOnlyList<Town> Towns,
    IReadOnlyList<ServiceItem> Items,
    IReadOnlyList<HallItemStatus> HallItems,
    IReadOnlyList<Window> Windows,
    IReadOnlyList<Staff> Staff);
