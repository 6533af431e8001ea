using Border.Scheduling.Features.Allocation;

namespace Border.Scheduling.Tests.Allocation;

/// <summary>A run replayed from its record alone: its own date first, then each earlier date's released seats, in order.</summary>
internal static class Replay
{
    public static IEnumerable<(Guid RequestId, DateOnly Date, string Slot)> Port(long seed, DateOnly date, RunRecord record, string port, IReadOnlyList<Candidate> candidates)
    {
        var own = record.Ports[port];
        var chosen = AllocationPlan.Choose(candidates, own.Free, record.LongestWaitingShare, PortSeeds.For(seed, port));
        var offers = chosen.Select(s => (s.RequestId, date, own.Slots[s.Slot])).ToList();
        var left = candidates;
        foreach (var released in record.Released)
        {
            var taken = chosen.Select(c => c.RequestId).ToHashSet();
            left = [.. left.Where(c => !taken.Contains(c.RequestId))];
            var input = released.Ports[port];
            chosen = AllocationPlan.Choose(left, input.Free, record.LongestWaitingShare, PortSeeds.ForReleased(seed, port, released.Date));
            offers.AddRange(chosen.Select(s => (s.RequestId, released.Date, input.Slots[s.Slot])));
        }

        return offers;
    }
}
