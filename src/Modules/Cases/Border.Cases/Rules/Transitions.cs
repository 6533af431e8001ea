using Border.Cases.Contracts;

namespace Border.Cases.Rules;

/// <summary>Which states allow which change; every handler asks here rather than keep its own list.</summary>
internal static class Transitions
{
    public static bool CanWithdraw(CaseState state) => state is CaseState.Submitted or CaseState.DocumentsRequested;

    /// <summary>States an officer works on: claimable, decidable, documents can be asked for.</summary>
    public static bool UnderReview(CaseState state) => state == CaseState.Submitted;

    /// <summary>Sent and not yet decided: what the group's changes still matter to (checks, appointment).</summary>
    public static readonly CaseState[] AwaitingDecision = [CaseState.Submitted, CaseState.DocumentsRequested];

    public static bool IsClosed(CaseState state) =>
        state is CaseState.Approved or CaseState.Denied or CaseState.Withdrawn or CaseState.ClosedNoAnswer or CaseState.Discarded;
}
