namespace Border.Notifications.Features.PolicyUpdates;

internal sealed class PolicyFanOutOptions
{
    public const string Section = "PolicyUpdates";

    /// <summary>People reached per transaction: large enough to amortize a round trip, small enough to keep memory flat.</summary>
    public int PageSize { get; set; } = 10_000;
}
