using System.Globalization;
using System.Text;
using Dashboard.Core.Reports;

namespace Dashboard.Web.Components.Common;

/// <summary>
/// The one palette for lethal, dual-use and non-lethal support, used by chips, charts, the map and
/// the timeline. Colours are Okabe-Ito (safe for colour-blind readers) and never the only signal:
/// every use also carries the label or the symbol.
/// </summary>
public static class CategoryStyle
{
    public static IReadOnlyList<SupportCategory> Ordered { get; } = [SupportCategory.Lethal, SupportCategory.DualUse, SupportCategory.NonLethal];

    public static string Color(SupportCategory category) => category switch
    {
        SupportCategory.Lethal => "#D55E00",
        SupportCategory.DualUse => "#E69F00",
        _ => "#0072B2",
    };

    /// <summary>Text colour on the category colour, with a contrast of at least 4.5:1.</summary>
    public static string TextColor(SupportCategory category) => category == SupportCategory.NonLethal ? "#FFFFFF" : "#000000";

    /// <summary>A shape per category, so that charts and chips read without colour.</summary>
    public static string Symbol(SupportCategory category) => category switch
    {
        SupportCategory.Lethal => "▲",
        SupportCategory.DualUse => "◆",
        _ => "●",
    };

    public static string CssName(SupportCategory category) => WireNames.Of(category);

    /// <summary>The palette as CSS custom properties (--cat-lethal, --cat-lethal-text, ...).</summary>
    public static string CssVariables()
    {
        var css = new StringBuilder(":root{");
        foreach (var category in Ordered)
        {
            css.Append(CultureInfo.InvariantCulture, $"--cat-{CssName(category)}:{Color(category)};--cat-{CssName(category)}-text:{TextColor(category)};");
        }

        return css.Append('}').ToString();
    }
}
