using MudBlazor;

namespace Supervision.Web.Components.Layout;

/// <summary>The big screen's dark palette: readable from across a hall, red and amber still mean cards.</summary>
public static class ScreenTheme
{
    public static MudTheme Dark { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#5B9BE6",
            Secondary = "#8AA4BF",
            Info = "#64A8F0",
            Success = "#66BB6A",
            Warning = "#FFC233",
            Error = "#FF5A5A",
            Background = "#0B1622",
            Surface = "#13243A",
            AppbarBackground = "#0B1622",
            TextPrimary = "#E8F0FA",
            TextSecondary = "#9FB3C8",
            TableLines = "#25405F",
            Divider = "#25405F",
        },
        Typography = SupervisionTheme.Default.Typography,
    };
}
