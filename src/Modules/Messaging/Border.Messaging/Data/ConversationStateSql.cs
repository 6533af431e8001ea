using Border.Messaging.Contracts;

namespace Border.Messaging.Data;

/// <summary>
/// The conversation states as SQL literals, made from the enum's names, so renaming a member renames it in every
/// statement. Constants to write into the SQL text itself, never into a FormattableString's holes.
/// </summary>
internal static class ConversationStateSql
{
    public const string Unassigned = $"'{nameof(ConversationState.Unassigned)}'";
    public const string Assigned = $"'{nameof(ConversationState.Assigned)}'";
    public const string WaitingOnApplicant = $"'{nameof(ConversationState.WaitingOnApplicant)}'";
}
