using System.Buffers.Text;
using System.Security.Cryptography;
using Dashboard.Core.Sharing;

namespace Dashboard.Tests.Core.Sharing;

public sealed class ShareTokensTests
{
    [Fact]
    public void NewToken_Is256BitsInBase64Url()
    {
        var token = ShareTokens.NewToken();

        Assert.Equal(43, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.Equal(32, Base64Url.DecodeFromChars(token).Length);
    }

    [Fact]
    public void NewToken_NeverRepeats_InALargeSample()
    {
        const int sample = 200_000;
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < sample; i++)
        {
            var token = ShareTokens.NewToken();
            tokens.Add(token);
            hashes.Add(Convert.ToHexString(ShareTokens.HashOf(token)!));
        }

        Assert.Equal(sample, tokens.Count);
        Assert.Equal(sample, hashes.Count);
    }

    [Fact]
    public void HashOf_IsTheSha256OfTheTokensBits()
    {
        var token = ShareTokens.NewToken();

        Assert.Equal(SHA256.HashData(Base64Url.DecodeFromChars(token)), ShareTokens.HashOf(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("an-unknown-token-for-the-matrix")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void HashOf_AnythingButAToken_IsNull(string? text) => Assert.Null(ShareTokens.HashOf(text));

    [Fact]
    public void HashOf_ANonCanonicalSpelling_IsNull()
    {
        // The last character of 43 carries 4 bits of data and 2 spare bits: "A" and "B" decode alike.
        var canonical = new string('A', 43);
        var alias = new string('A', 42) + "B";

        Assert.NotNull(ShareTokens.HashOf(canonical));
        Assert.Null(ShareTokens.HashOf(alias));
    }
}
