using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>The latest allocation runs, newest appointment date first, with each port's figures. Public figures only: no person.</summary>
public sealed record ListAllocationRuns(int Take = 14) : IRequest<IReadOnlyList<AllocationRunSummary>>;

public sealed record AllocationRunSummary(
    Guid Id, DateOnly AppointmentDate, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, bool ByHand, long Seed, IReadOnlyList<PortRunFigures> Ports)
{
    public PortRunFigures Total => new(
        "", "", Ports.Sum(p => p.Requests), Ports.Sum(p => p.Seats), Ports.Sum(p => p.Offers), Ports.Sum(p => p.OfferedPeople),
        Ports.Sum(p => p.LongestWaitingPeople), Ports.Sum(p => p.Confirmed), Ports.Sum(p => p.Expired))
    {
        ReleasedSeats = Ports.Sum(p => p.ReleasedSeats),
        ReleasedPeople = Ports.Sum(p => p.ReleasedPeople),
    };
}

/// <summary>One port in one run: requests, seats and people offered, how many of those went to the longest-waiting, and offers confirmed or expired since.</summary>
public sealed record PortRunFigures(
    string PortCode, string PortName, int Requests, int Seats, int Offers, int OfferedPeople, int LongestWaitingPeople, int Confirmed, int Expired)
{
    /// <summary>Seats given back (expired or cancelled) on earlier dates that were free when the run started.</summary>
    public int ReleasedSeats { get; init; }

    /// <summary>People the run offered those released seats to, on top of its own date.</summary>
    public int ReleasedPeople { get; init; }

    /// <summary>The share of people offered who came from the longest-waiting part, 0 to 1.</summary>
    public double LongestWaitingShare => OfferedPeople == 0 ? 0 : (double)LongestWaitingPeople / OfferedPeople;
}

/// <summary>The rules the draw runs by now, as configured: for the public explanation.</summary>
public sealed record GetAllocationRules : IRequest<AllocationRules>;

/// <param name="RunAt">The draw's local time in <paramref name="TimeZone"/>.</param>
public sealed record AllocationRules(
    TimeOnly RunAt, string TimeZone, int LeadDays, decimal LongestWaitingShare, TimeSpan ConfirmationTime, int ReleasedSeatsMinimumDays);
