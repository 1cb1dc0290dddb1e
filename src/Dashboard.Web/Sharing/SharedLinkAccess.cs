using Dashboard.Core.Sharing;

namespace Dashboard.Web.Sharing;

/// <summary>The link that <see cref="SharedLinkGate"/> opened for this request, for the page and the feed.</summary>
public static class SharedLinkAccess
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, SharedLink link)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[Key] = link;
    }

    public static SharedLink? Get(HttpContext? context) => context?.Items[Key] as SharedLink;
}
