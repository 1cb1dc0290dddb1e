namespace Dashboard.Core.Editing;

/// <summary>
/// What an editor loaded: the report's concurrency token and its latest revision number. A save
/// with a stale token is refused, and the revision number lets the refusal show exactly what the
/// other person changed since.
/// </summary>
public sealed record EditToken(int Version, int Revision);
