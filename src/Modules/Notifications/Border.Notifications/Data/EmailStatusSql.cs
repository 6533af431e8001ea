namespace Border.Notifications.Data;

/// <summary>
/// The email statuses as SQL literals, made from the enum's names, so renaming a member renames it in every statement.
/// They are constants to write into the SQL text itself (a partial index is used only when the query's predicate
/// matches its own literally), never into a FormattableString's holes, which become parameters.
/// </summary>
internal static class EmailStatusSql
{
    public const string Pending = $"'{nameof(EmailStatus.Pending)}'";
    public const string Sending = $"'{nameof(EmailStatus.Sending)}'";
    public const string Unconfirmed = $"'{nameof(EmailStatus.Unconfirmed)}'";
    public const string Failed = $"'{nameof(EmailStatus.Failed)}'";
}
