using Dashboard.Core.Filtering;
using Dashboard.Web.Components.Common;

namespace Dashboard.Tests.Components.Common;

public sealed class ExportMenuTests : DashboardTestContext
{
    private static readonly ReportFilter Filter = ReportFilter.Parse("?supplier=CN&supplier=IR&category=dual-use&q=drone engines").Filter;

    [Fact]
    public void Links_CarryTheFilterOfTheView()
    {
        SignInAs("Viewer");

        var menu = Render<ExportMenu>(p => p.Add(m => m.Filter, Filter));

        Assert.Equal("api/v1/export.csv?supplier=CN&supplier=IR&category=dual-use&q=drone%20engines", menu.Find("[data-testid=export-csv]").GetAttribute("href"));
        Assert.Equal("api/v1/export.json" + Filter.ToQueryString(), menu.Find("[data-testid=export-json]").GetAttribute("href"));
        Assert.Equal("api/v1/export.geojson" + Filter.ToQueryString(), menu.Find("[data-testid=export-geojson]").GetAttribute("href"));
        Assert.True(menu.Find("[data-testid=export-csv]").HasAttribute("download"));
    }

    [Fact]
    public void Viewers_GetNoDraftLinks()
    {
        SignInAs("Viewer");

        var menu = Render<ExportMenu>(p => p.Add(m => m.Filter, Filter));

        Assert.Empty(menu.FindAll("[data-testid$=-drafts]"));
    }

    [Theory]
    [InlineData("Editor")]
    [InlineData("Admin")]
    public void EditorsAndAdmins_GetDraftLinks(string role)
    {
        SignInAs(role);

        var menu = Render<ExportMenu>(p => p.Add(m => m.Filter, ReportFilter.Empty));

        Assert.Equal("api/v1/export.csv?drafts=true", menu.Find("[data-testid=export-csv-drafts]").GetAttribute("href"));
    }

    private void SignInAs(string role)
    {
        Authorization.SetAuthorized("someone@example.org");
        Authorization.SetRoles(role);
        RenderInteractively();
    }
}
