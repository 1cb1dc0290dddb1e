using Dashboard.Core.Conflicts;

namespace Dashboard.Tests.Core.Conflicts;

public sealed class PartyKindsTests
{
    [Theory]
    [InlineData("Ukraine", "UA", PartyKind.State)]
    [InlineData("Russia", "RU", PartyKind.State)]
    [InlineData("Israel", "IL", PartyKind.State)]
    [InlineData("Hamas", "PS", PartyKind.NonState)]
    [InlineData("Rapid Support Forces (RSF)", "SD", PartyKind.NonState)]
    [InlineData("Houthis (Ansar Allah)", "YE", PartyKind.NonState)]
    [InlineData("Some militia", null, PartyKind.NonState)]
    public void Guess_ClassifiesByTheCountryName(string name, string? country, PartyKind expected) =>
        Assert.Equal(expected, PartyKinds.Guess(name, country));
}
