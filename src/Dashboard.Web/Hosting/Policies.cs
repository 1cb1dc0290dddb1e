namespace Dashboard.Web.Hosting;

/// <summary>Authorization policy names. Every staff page needs <see cref="Staff"/>; the fallback policy is the same.</summary>
public static class Policies
{
    public const string Staff = "Staff";
    public const string Editors = "Editors";
    public const string Admins = "Admins";
}
