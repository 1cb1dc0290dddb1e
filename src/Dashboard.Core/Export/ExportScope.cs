namespace Dashboard.Core.Export;

/// <summary>Which reports an export (or a read of the API) may contain, by workflow state.</summary>
public enum ExportScope
{
    /// <summary>Published reports only: shared links, and anything shown to people without an account.</summary>
    Published,

    /// <summary>What staff see: published reports and retracted ones, the latter marked as retracted.</summary>
    StaffVisible,

    /// <summary>For editors and admins: also drafts and reports in review (never deleted drafts), each marked with its state.</summary>
    WithDrafts,
}
