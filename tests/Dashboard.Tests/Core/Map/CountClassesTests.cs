using Dashboard.Core.Map;

namespace Dashboard.Tests.Core.Map;

public sealed class CountClassesTests
{
    public static TheoryData<int[]> CountSets { get; } = new([1], [1, 1, 1], [1, 2], [1, 3], [11, 7, 6, 3, 3, 2, 1, 1], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [500, 40, 3, 1], [2, 2]);

    [Theory]
    [MemberData(nameof(CountSets))]
    public void Classes_CoverOneToTheLargestCountWithoutGaps(int[] counts)
    {
        var classes = CountClasses.For(counts);

        Assert.InRange(classes.Count, 1, CountClasses.MaxClasses);
        Assert.Equal(1, classes[0].Min);
        Assert.Equal(counts.Max(), classes[^1].Max);
        Assert.All(classes.Zip(classes.Skip(1)), pair => Assert.Equal(pair.First.Max + 1, pair.Second.Min));
        Assert.All(classes, c => Assert.True(c.Min <= c.Max));
    }

    [Theory]
    [MemberData(nameof(CountSets))]
    public void EveryCount_FallsInExactlyOneClass_AndLargerCountsNeverInALowerOne(int[] counts)
    {
        var classes = CountClasses.For(counts);

        var ordered = counts.Order().Select(c => CountClasses.Of(classes, c)!).ToList();

        Assert.All(counts, c => Assert.Single(classes, k => k.Contains(c)));
        Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.First.Index <= pair.Second.Index));
    }

    [Fact]
    public void NoCounts_NoClasses() => Assert.Empty(CountClasses.For([]));
}
