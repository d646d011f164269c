using MudBlazor;

namespace Supervision.Web.Components.Layout;

/// <summary>
/// A restrained government-blue palette; red and amber are kept for warnings (red and yellow cards, the simulated-data mark).
/// </summary>
public static class SupervisionTheme
{
    public static MudTheme Default { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1F4E8C",
            PrimaryDarken = "#163A69",
            PrimaryLighten = "#3A6AA8",
            Secondary = "#4F6478",
            Tertiary = "#2A7F8A",
            Info = "#2F6FB0",
            Success = "#2E7D32",
            Warning = "#E0A100",
            Error = "#C62828",
            AppbarBackground = "#163A69",
            AppbarText = "#FFFFFF",
            Background = "#F3F5F8",
            Surface = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            DrawerText = "#263445",
            DrawerIcon = "#1F4E8C",
            TextPrimary = "#1E2A38",
            TextSecondary = "#5A6878",
            TableStriped = "#F7F9FC",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Roboto", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "4px",
        },
    };
}
