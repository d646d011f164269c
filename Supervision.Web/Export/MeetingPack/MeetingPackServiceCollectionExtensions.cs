using Supervision.Web.Export.MeetingPack;

namespace Supervision.Web.Export.MeetingPack;

public static class MeetingPackServiceCollectionExtensions
{
    /// <summary>
    /// 周调度会材料: its reader (for the print page and the workbook). Needs <c>AddQueries</c>,
    /// <c>AddSupervisionSettings</c> and <c>AddExports</c> (access and audit).
    /// </summary>
    public static IServiceCollection AddMeetingPack(this IServiceCollection services)
    {
        services.AddSingleton<MeetingPackReader>();
        return services;
    }
}
