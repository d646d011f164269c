namespace Supervision.Web.Security.Audit;

/// <summary>Action names of the reference data changes the management services record.</summary>
public static class ManagementActions
{
    public const string ItemStationingChanged = "reference.item_stationing";
    public const string PilotProgressRecorded = "pilot.progress";
    public const string PilotEvaluationRecorded = "pilot.evaluation";
    public const string PilotStandingChanged = "pilot.standing";
}
