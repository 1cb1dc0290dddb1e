using Dashboard.Core.Map;

namespace Dashboard.Tests.Core.Map;

public sealed class MapAddressTests
{
    [Theory]
    [InlineData(null, MapLayers.All)]
    [InlineData("shading,arcs,points,recipients", MapLayers.All)]
    [InlineData("arcs", MapLayers.Arcs)]
    [InlineData("Shading, Points", MapLayers.Shading | MapLayers.Points)]
    [InlineData("none", MapLayers.None)]
    [InlineData("volcanoes,arcs", MapLayers.Arcs)]
    public void Layers_ParseFromTheAddress(string? value, MapLayers expected) => Assert.Equal(expected, MapLayerNames.Parse(value));

    [Fact]
    public void Layers_WriteAndReadBack()
    {
        for (var layers = MapLayers.None; layers <= MapLayers.All; layers++)
        {
            Assert.Equal(layers, MapLayerNames.Parse(MapLayerNames.Format(layers)));
        }

        Assert.Null(MapLayerNames.Format(MapLayers.All));
        Assert.Equal("shading,recipients,points", MapLayerNames.Format(MapLayers.All & ~MapLayers.Arcs));
    }

    [Theory]
    [InlineData("europe", "2", MapRegion.Europe, 2)]
    [InlineData("EAST-ASIA", null, MapRegion.EastAsia, 0)]
    [InlineData("atlantis", "x", MapRegion.World, 0)]
    [InlineData("africa", "99", MapRegion.Africa, MapView.MaxZoom)]
    [InlineData(null, "-99", MapRegion.World, MapView.MinZoom)]
    public void View_ParsesFromTheAddress(string? region, string? zoom, MapRegion expectedRegion, int expectedZoom) =>
        Assert.Equal(new MapView(expectedRegion, expectedZoom), MapView.Parse(region, zoom));

    [Fact]
    public void View_WritesOnlyWhatIsNotTheDefault()
    {
        Assert.Empty(MapView.Default.ToQueryParameters());
        Assert.Equal([new("view", "middle-east"), new("zoom", "-1")], new MapView(MapRegion.MiddleEast, -1).ToQueryParameters());
    }

    [Fact]
    public void EveryView_KeepsTheAspectRatio_AndStaysOnTheMap()
    {
        foreach (var region in MapView.Regions)
        {
            for (var zoom = MapView.MinZoom; zoom <= MapView.MaxZoom; zoom++)
            {
                var box = new MapView(region, zoom).ViewBox;
                Assert.Equal(MapView.AspectRatio, box.Width / box.Height, 1e-6);
                Assert.True(box.X >= 0 && box.Right <= WorldGeometry.Width + 1e-6, $"{region} {zoom}: {box}");
                Assert.True(box.Y >= 0 && box.Bottom <= WorldGeometry.Height + 1e-6, $"{region} {zoom}: {box}");
            }
        }
    }

    [Fact]
    public void ZoomingIn_ShowsLessAroundTheSameCentre()
    {
        var europe = new MapView(MapRegion.Europe).ViewBox;
        var closer = new MapView(MapRegion.Europe, 1).ViewBox;

        Assert.Equal(europe.Width / MapView.ZoomStep, closer.Width, 1e-6);
        Assert.Equal(europe.Center.X, closer.Center.X, 1e-6);
        Assert.True(new MapView(MapRegion.Europe).ViewBox.Contains(WorldGeometry.Project(30.5234, 50.4501)));
        Assert.True(new MapView(MapRegion.EastAsia).ViewBox.Contains(WorldGeometry.Project(116.4074, 39.9042)));
        Assert.False(MapView.Default.CanZoomOut);
    }
}
