using System.Text.Json;
using Dashboard.Core.Countries;
using Dashboard.Core.Map;

namespace Dashboard.Tests.Core.Map;

public sealed class WorldGeometryTests
{
    private static readonly WorldGeometry World = WorldGeometry.Default;

    /// <summary>The geometries of the conversion's input, read straight from the TopoJSON file (ids and names only).</summary>
    private static List<(string? Id, string Name)> SourceGeometries()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "countries-50m.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray()
            .Select(g => (g.TryGetProperty("id", out var id) ? id.GetString() : null, g.GetProperty("properties").GetProperty("name").GetString()!))
            .ToList();
    }

    [Fact]
    public void EveryIsoCountryOfTheSource_HasAShapeWithItsIsoCode()
    {
        var sourceIds = SourceGeometries().Where(g => g.Id is not null).Select(g => g.Id!).Distinct().ToList();
        Assert.True(sourceIds.Count > 230, $"the source has {sourceIds.Count} ids");

        foreach (var id in sourceIds)
        {
            var country = CountryCatalog.FindByNumeric(id);
            Assert.True(country is not null, $"source id {id} is not an ISO 3166-1 numeric code");
            var shape = World.Find(country.Code);
            Assert.True(shape is not null, $"{country.Code} ({id}) has no shape");
            Assert.Equal(id, shape.NumericCode);
            Assert.NotEmpty(shape.PathData);
        }

        var expectedCodes = sourceIds.Select(id => CountryCatalog.FindByNumeric(id)!.Code).Order(StringComparer.Ordinal);
        var drawnCodes = World.Countries.Where(c => c.Code is not null).Select(c => c.Code!).Order(StringComparer.Ordinal);
        Assert.Equal(expectedCodes, drawnCodes);
    }

    [Fact]
    public void ShapesWithoutIsoCode_AreDrawnButNeverMatched()
    {
        var withoutId = SourceGeometries().Where(g => g.Id is null).Select(g => g.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("Kosovo", withoutId);
        Assert.Contains("Somaliland", withoutId);
        Assert.Contains("N. Cyprus", withoutId);

        var unmatched = World.Countries.Where(c => c.Code is null).ToList();

        Assert.Equal(withoutId, unmatched.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(unmatched, c => Assert.NotEmpty(c.PathData));
        Assert.Null(World.Find("XK"));
    }

    [Theory]
    [InlineData("RU")]
    [InlineData("FJ")]
    [InlineData("US")]
    public void CountriesAcrossTheAntimeridian_AreCutIntoPiecesOnEachSide(string code)
    {
        var rings = MapPath.Rings(World.Find(code)!.PathData);

        // Without the cut a ring crossing 180° would run across the whole map.
        Assert.All(rings, ring => Assert.True(ring.Max(p => p.X) - ring.Min(p => p.X) < WorldGeometry.Width * 0.5));
    }

    [Fact]
    public void RussiasFarEast_IsDrawnAtTheWesternEdge()
    {
        var rings = MapPath.Rings(World.Find("RU")!.PathData);

        Assert.Contains(rings, ring => ring.Max(p => p.X) < WorldGeometry.Width * 0.3);
        Assert.Contains(rings, ring => ring.Max(p => p.X) > WorldGeometry.Width * 0.8);
    }

    [Fact]
    public void Antarctica_IsClosedAlongThePole()
    {
        var rings = MapPath.Rings(World.Find("AQ")!.PathData);

        var mainland = rings.MaxBy(r => r.Max(p => p.X) - r.Min(p => p.X))!;
        Assert.InRange(mainland.Max(p => p.Y), WorldGeometry.Height - 0.5, WorldGeometry.Height + 0.5);
        Assert.True(mainland.Max(p => p.X) - mainland.Min(p => p.X) > WorldGeometry.Width * 0.5);
    }

    [Theory]
    [InlineData("CN")]
    [InlineData("RU")]
    [InlineData("US")]
    [InlineData("UA")]
    [InlineData("FR")]
    [InlineData("IL")]
    [InlineData("HR")]
    public void Anchor_LiesInTheCountrysMainPart(string code)
    {
        var shape = World.Find(code)!;

        Assert.True(shape.MainBounds.Contains(shape.Anchor), $"{code}: {shape.Anchor} outside {shape.MainBounds}");
    }

    [Fact]
    public void SouthAfricasAnchor_IsNotInLesotho()
    {
        var lesotho = World.Find("LS")!.MainBounds;

        Assert.False(lesotho.Contains(World.Find("ZA")!.Anchor));
    }

    [Fact]
    public void Beijing_LiesInChinasShape_AndKyivInUkraines()
    {
        Assert.True(World.Find("CN")!.MainBounds.Contains(WorldGeometry.Project(116.4074, 39.9042)));
        Assert.True(World.Find("UA")!.MainBounds.Contains(WorldGeometry.Project(30.5234, 50.4501)));
    }
}
