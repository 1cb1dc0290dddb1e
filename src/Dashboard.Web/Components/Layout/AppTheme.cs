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

            // Status colours dark enough for small text on white (WCAG AA, 4.5:1): MudBlazor's own are not.
            Error = "#c62828",
            Warning = "#8a5300",
            Success = "#2e7d32",
            Info = "#1565c0",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            PrimaryContrastText = "#0b1a2e",
            AppbarBackground = "#1b1f27",
            Secondary = "#c5a3e6",

            // MudBlazor's dark greys are too faint for small text (WCAG AA asks for 4.5:1).
            TextPrimary = "rgba(255,255,255,0.87)",
            TableStriped = "rgba(255,255,255,0.05)",
            TextSecondary = "rgba(255,255,255,0.78)",
            ActionDefault = "rgba(255,255,255,0.78)",

            // Light status colours read on the dark surface; filled buttons in them carry dark text.
            Error = "#ff8a80",
            ErrorContrastText = "#1a1a1a",
            Warning = "#ffb74d",
            WarningContrastText = "#1a1a1a",
            Success = "#81c784",
            SuccessContrastText = "#1a1a1a",
            Info = "#64b5f6",
            InfoContrastText = "#1a1a1a",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
        },
    };
}
