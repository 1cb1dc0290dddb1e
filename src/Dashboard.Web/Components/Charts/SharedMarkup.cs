using Microsoft.Extensions.Caching.Memory;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// One instance of each large static markup string that several circuits show (the overview's
/// monthly chart for the same filter, most often the unfiltered one): a circuit keeps its render
/// tree for its whole life, and without this each would hold its own copy of the same text.
/// </summary>
public sealed class SharedMarkup(IMemoryCache cache)
{
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    /// <summary>The instance already held for this text, or this one, kept while it is in use.</summary>
    public string Canonical(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        return cache.GetOrCreate(new Key(markup), entry =>
        {
            entry.SlidingExpiration = Unused;
            return markup;
        })!;
    }

    // Its own key type, so no other cache entry keyed by a plain string can collide with it.
    private sealed record Key(string Markup);
}
