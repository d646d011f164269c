namespace Supervision.Web.Components.Shared;

/// <summary>
/// A view of immutable inputs (shared figure snapshots, records, lists never changed in place) that renders
/// only when an input changed: Blazor re-renders a child with a list or record parameter whenever its
/// parent renders, and a live page renders its parent on every pushed update, so an unchanged ranking or
/// chart would otherwise be rebuilt and diffed in every open circuit.
/// </summary>
public abstract class SnapshotComponent : ComponentBase
{
    private IReadOnlyDictionary<string, object?>? _inputs;

    public override Task SetParametersAsync(ParameterView parameters)
    {
        var next = parameters.ToDictionary();
        if (_inputs is not null && next.Count == _inputs.Count
            && next.All(p => _inputs.TryGetValue(p.Key, out var before) && Equals(before, p.Value)))
        {
            return Task.CompletedTask;
        }
        _inputs = next;
        return base.SetParametersAsync(parameters);
    }
}
