namespace Dashboard.Core.Map;

/// <summary>The layers of the map; each can be switched on and off, and the choice lives in the address.</summary>
[Flags]
public enum MapLayers
{
    None = 0,

    /// <summary>Supplier countries shaded by number of reports.</summary>
    Shading = 1,

    /// <summary>Curved arrows from supplier to recipient.</summary>
    Arcs = 2,

    /// <summary>Reports that carry a location.</summary>
    Points = 4,

    /// <summary>Recipients: their countries outlined, non-state parties as markers.</summary>
    Recipients = 8,

    All = Shading | Arcs | Points | Recipients,
}

/// <summary>The <c>layers</c> key of the map's address: <c>layers=shading,arcs,points,recipients</c>; absent means all.</summary>
public static class MapLayerNames
{
    public const string Key = "layers";

    public static IReadOnlyList<MapLayers> Each { get; } = [MapLayers.Shading, MapLayers.Arcs, MapLayers.Recipients, MapLayers.Points];

    public static string NameOf(MapLayers layer) => layer switch
    {
        MapLayers.Shading => "shading",
        MapLayers.Arcs => "arcs",
        MapLayers.Points => "points",
        MapLayers.Recipients => "recipients",
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "Not a single layer."),
    };

    /// <summary>Reads the key's value; unknown names are ignored, a missing value means every layer, "none" none.</summary>
    public static MapLayers Parse(string? value)
    {
        if (value is null)
        {
            return MapLayers.All;
        }

        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Each.Where(l => names.Contains(NameOf(l), StringComparer.OrdinalIgnoreCase)).Aggregate(MapLayers.None, (all, l) => all | l);
    }

    /// <summary>The value for the address, or null for every layer (the default, left out of the address).</summary>
    public static string? Format(MapLayers layers)
    {
        if (layers == MapLayers.All)
        {
            return null;
        }

        var names = Each.Where(l => layers.HasFlag(l)).Select(NameOf).ToList();
        return names.Count == 0 ? "none" : string.Join(',', names);
    }
}
