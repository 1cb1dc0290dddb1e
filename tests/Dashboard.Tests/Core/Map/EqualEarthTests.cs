using Dashboard.Core.Map;

namespace Dashboard.Tests.Core.Map;

public sealed class EqualEarthTests
{
    private const double Tolerance = 1e-9;

    // Expected values were computed once with d3-geo 3.1.2, an independent implementation:
    // geoEqualEarth().scale(1).translate([0, 0]).precision(0)([lon, lat]), with d3's y (down) negated.
    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(180, 0, 2.70662998370, 0)]
    [InlineData(-180, 0, -2.70662998370, 0)]
    [InlineData(0, 90, 0, 1.31736275916)]
    [InlineData(0, -90, 0, -1.31736275916)]
    [InlineData(180, 90, 1.60358864828, 1.31736275916)]
    [InlineData(30.5234, 50.4501, 0.377206640125, 0.948625257162)]
    [InlineData(116.4074, 39.9042, 1.55231887163, 0.772943133436)]
    public void Project_PutsKnownPointsWhereTheFormulaDoes(double longitude, double latitude, double x, double y)
    {
        var projected = EqualEarth.Project(longitude, latitude);

        Assert.Equal(x, projected.X, Tolerance);
        Assert.Equal(y, projected.Y, Tolerance);
    }

    [Fact]
    public void WorldGeometry_MapsTheEquatorsEndsToTheMapsEdges()
    {
        Assert.Equal(0, WorldGeometry.Project(-180, 0).X, 1e-9);
        Assert.Equal(WorldGeometry.Width, WorldGeometry.Project(180, 0).X, 1e-9);
        Assert.Equal(WorldGeometry.Height / 2, WorldGeometry.Project(0, 0).Y, 1e-9);
        Assert.Equal(0, WorldGeometry.Project(0, 90).Y, 1e-9);
    }
}
