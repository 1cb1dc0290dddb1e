using Dashboard.Core.Map;

namespace Dashboard.Tests.Core.Map;

public sealed class AntimeridianTests
{
    private static List<GeoPoint> Ring(params (double Lon, double Lat)[] points) => points.Select(p => new GeoPoint(p.Lon, p.Lat)).ToList();

    [Fact]
    public void Cut_LeavesARingThatDoesNotCross()
    {
        var ring = Ring((10, 10), (20, 10), (20, 20), (10, 10));

        var pieces = Antimeridian.Cut(ring);

        Assert.Same(ring, Assert.Single(pieces));
    }

    [Fact]
    public void Cut_SplitsARingCrossing180IntoOnePieceOnEachSide()
    {
        var ring = Ring((170, 10), (-170, 10), (-170, 20), (170, 20), (170, 10));

        var pieces = Antimeridian.Cut(ring);

        Assert.Equal(2, pieces.Count);
        Assert.Contains(pieces, p => p.All(q => q.Longitude is >= 170 and <= 180));
        Assert.Contains(pieces, p => p.All(q => q.Longitude is >= -180 and <= -170));
        Assert.All(pieces, p => Assert.Equal(p[0], p[^1]));
    }

    [Fact]
    public void Cut_ClosesARingAroundThePoleAlongThePole()
    {
        var ring = Ring((-150, -70), (-30, -72), (90, -70), (150, -71), (-150, -70));

        var piece = Assert.Single(Antimeridian.Cut(ring));

        Assert.Contains(new GeoPoint(180, -90), piece);
        Assert.Contains(new GeoPoint(-180, -90), piece);
        Assert.All(piece.Zip(piece.Skip(1)), s => Assert.True(Math.Abs(s.Second.Longitude - s.First.Longitude) <= 180 || Math.Abs(s.First.Latitude) == 90));
    }
}
