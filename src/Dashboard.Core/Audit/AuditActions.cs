namespace Dashboard.Core.Audit;

/// <summary>The actions written to the audit log.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string Lockout = "lockout";
    public const string UserCreated = "user-created";
    public const string RoleChanged = "role-changed";
    public const string UserLocked = "user-locked";
    public const string UserUnlocked = "user-unlocked";
    public const string UserSignedOutEverywhere = "user-signed-out-everywhere";
    public const string ReportCreated = "report-created";
    public const string ReportEdited = "report-edited";
    public const string ReportSubmitted = "report-submitted";
    public const string ReportPublished = "report-published";
    public const string ReportReturned = "report-returned";
    public const string ReportRetracted = "report-retracted";
    public const string ReportDeleted = "report-deleted";
    public const string ReportRestored = "report-restored";
    public const string ReportImported = "report-imported";
    public const string ReferenceDataChanged = "reference-data-changed";
    public const string OrganizationsMerged = "organizations-merged";
    public const string ShareLinkCreated = "share-link-created";
    public const string ShareLinkRevoked = "share-link-revoked";
    public const string ShareLinkFirstAccess = "share-link-first-access";
    public const string AuthorizationFailed = "authorization-failed";
}
