namespace Border.Scheduling.Features.Allocation;

/// <summary>What a port's draw started from: the seats free in each slot after offers and appointments already held.</summary>
internal sealed record PortInput(bool Closed, IReadOnlyList<string> Slots, IReadOnlyList<int> Free);

/// <summary>A port's figures in one run: the run's own date, and the released seats it filled on earlier dates.</summary>
internal sealed record PortCount(int Requests, int RequestedPeople, int Seats, int Offers, int OfferedPeople, int LongestWaitingPeople)
{
    public int ReleasedSeats { get; init; }

    public int ReleasedOffers { get; init; }

    public int ReleasedPeople { get; init; }
}

internal sealed record RunRecord(int LeadDays, decimal LongestWaitingShare, TimeSpan ConfirmationTime, IReadOnlyDictionary<string, PortInput> Ports)
{
    /// <summary>The earlier dates whose released seats the run filled after its own date, in the order it filled them.</summary>
    public IReadOnlyList<ReleasedInput> Released { get; init; } = [];
}

/// <summary>An earlier date's seats as the run found them, per port.</summary>
internal sealed record ReleasedInput(DateOnly Date, Dictionary<string, PortInput> Ports);
