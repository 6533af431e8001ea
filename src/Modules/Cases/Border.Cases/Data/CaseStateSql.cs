using Border.Cases.Contracts;

namespace Border.Cases.Data;

/// <summary>
/// The case states as SQL literals, made from the enum's names, so renaming a member renames it in every statement.
/// Constants to write into the SQL text itself, never into a FormattableString's holes, which become parameters.
/// </summary>
internal static class CaseStateSql
{
    public const string Draft = $"'{nameof(CaseState.Draft)}'";
    public const string Discarded = $"'{nameof(CaseState.Discarded)}'";
    public const string Submitted = $"'{nameof(CaseState.Submitted)}'";
    public const string Appealed = $"'{nameof(CaseState.Appealed)}'";
}
