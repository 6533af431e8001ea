namespace Border.Shared.Layout;

/// <summary>
/// One number the page header shows a signed-in person (unread notifications; Messaging adds its messages the
/// same way): a scalar SQL query over the module's own schema with the person's id as <c>$1</c>, asked only of
/// the header of the readers it is <see cref="For"/>. A staff count may read the staff member's home port as
/// <c>$2</c> (null without one). The header asks its reader's counts in one statement, one round trip per page.
/// </summary>
public sealed record HeaderCount(string Name, string Sql, HeaderReader For = HeaderReader.Everyone);

/// <summary>Whose header a count is in: an applicant's and a staff member's ask different things.</summary>
public enum HeaderReader
{
    Everyone,
    Applicant,
    Staff,
}
