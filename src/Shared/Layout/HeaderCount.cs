namespace Border.Shared.Layout;

/// <summary>
/// One number the page header shows a signed-in person (unread notifications; Messaging adds its messages the
/// same way): a scalar SQL query over the module's own schema with the person's id as <c>$1</c>. The header
/// asks every registered count in one statement, one round trip per page.
/// </summary>
public sealed record HeaderCount(string Name, string Sql);
