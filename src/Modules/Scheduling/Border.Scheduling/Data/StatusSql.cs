using Border.Scheduling.Contracts;

namespace Border.Scheduling.Data;

/// <summary>
/// The statuses as SQL literals, made from the enums' names, so renaming a member renames it in every statement.
/// They are constants to write into the SQL text itself (a partial index is used only when the query's predicate
/// matches its own literally), never into a FormattableString's holes, which become parameters.
/// </summary>
internal static class RequestStatusSql
{
    public const string Pending = $"'{nameof(RequestStatus.Pending)}'";
    public const string NotSelected = $"'{nameof(RequestStatus.NotSelected)}'";
}

/// <inheritdoc cref="RequestStatusSql"/>
internal static class AppointmentStatusSql
{
    public const string Offered = $"'{nameof(AppointmentStatus.Offered)}'";
    public const string Confirmed = $"'{nameof(AppointmentStatus.Confirmed)}'";
    public const string Expired = $"'{nameof(AppointmentStatus.Expired)}'";
    public const string CheckedIn = $"'{nameof(AppointmentStatus.CheckedIn)}'";
    public const string NoShow = $"'{nameof(AppointmentStatus.NoShow)}'";
    public const string IdentityMismatch = $"'{nameof(AppointmentStatus.IdentityMismatch)}'";
}
