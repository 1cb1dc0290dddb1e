using MudBlazor;

namespace Dashboard.Web.Components.Layout;

/// <summary>The product's theme: MudBlazor defaults with a system font stack (no web fonts, so it works offline).</summary>
public static class AppTheme
{
    private static readonly string[] FontStack = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            AppbarBackground = "#1f4e79",
            Secondary = "#6a3d9a",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            PrimaryContrastText = "#0b1a2e",
            AppbarBackground = "#1b1f27",
            Secondary = "#c5a3e6",

            // MudBlazor's dark greys are too faint for small text (WCAG AA asks for 4.5:1).
            TextSecondary = "rgba(255,255,255,0.78)",
            ActionDefault = "rgba(255,255,255,0.78)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
        },
    };
}
