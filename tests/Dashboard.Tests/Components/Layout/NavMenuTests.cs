using Dashboard.Web.Components.Layout;

namespace Dashboard.Tests.Components.Layout;

public sealed class NavMenuTests : DashboardTestContext
{
    [Theory]
    [InlineData("Editor")]
    [InlineData("Admin")]
    public void NavMenu_ForEditorsAndAdmins_ShowsAdmin(string role)
    {
        Authorization.SetAuthorized("someone@example.org");
        Authorization.SetRoles(role);
        RenderInteractively();

        var menu = Render<NavMenu>();

        Assert.Contains(menu.FindAll("a"), a => a.TextContent.Trim() == "Admin" && a.GetAttribute("href") == "admin");
    }

    [Fact]
    public void NavMenu_ForViewers_HidesAdmin()
    {
        Authorization.SetAuthorized("viewer@example.org");
        Authorization.SetRoles("Viewer");
        RenderInteractively();

        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Overview", "Map", "Timeline", "Reports"], links);
    }
}
