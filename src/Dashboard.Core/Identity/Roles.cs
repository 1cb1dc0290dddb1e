namespace Dashboard.Core.Identity;

/// <summary>The three roles. Each user holds exactly one; they are ordered Viewer &lt; Editor &lt; Admin.</summary>
public static class Roles
{
    public const string Viewer = "Viewer";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>Roles allowed into the staff pages.</summary>
    public const string Staff = Viewer + "," + Editor + "," + Admin;

    /// <summary>Roles allowed into the admin area.</summary>
    public const string Editors = Editor + "," + Admin;

    public static IReadOnlyList<string> All { get; } = [Viewer, Editor, Admin];
}
