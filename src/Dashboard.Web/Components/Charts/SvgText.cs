using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// An SVG <c>&lt;text&gt;</c> element. Razor reserves <c>&lt;text&gt;</c> for its own use inside code
/// blocks, so charts write their labels through this component.
/// </summary>
public sealed class SvgText : ComponentBase
{
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [Parameter(CaptureUnmatchedValues = true)]
    public IDictionary<string, object>? Attributes { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddMultipleAttributes(1, Attributes);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
