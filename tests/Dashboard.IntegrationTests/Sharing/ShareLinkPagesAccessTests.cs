using System.Net;

namespace Dashboard.IntegrationTests.Sharing;

public sealed class ShareLinkPagesAccessTests(SharingApp app) : IClassFixture<SharingApp>
{
    [Theory]
    [InlineData("viewer@example.org", "/timeline/shares", true)]
    [InlineData("viewer@example.org", "/admin/shares", false)]
    [InlineData("editor@example.org", "/admin/shares", false)]
    [InlineData("admin@example.org", "/admin/shares", true)]
    public async Task LinkPages_AreOpenToTheirAudienceOnly(string email, string path, bool allowed)
    {
        using var client = app.Factory.CreateAppClient();
        await client.SignInOrFailAsync(email);

        using var response = await client.Http.GetAsync(new Uri(path, UriKind.Relative));

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.True(
                response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal)),
                $"{email} on {path}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Theory]
    [InlineData("/timeline/shares")]
    [InlineData("/admin/shares")]
    [InlineData("/timeline")]
    public async Task LinkPages_Anonymous_AreSentToSignIn(string path)
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
