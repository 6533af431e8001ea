using Border.Scheduling.Contracts;
using Border.Scheduling.Data;

namespace Border.Scheduling.Features.Allocation;

/// <summary>One port's part of a run: what it started from, the offers it makes and its figures.</summary>
internal sealed record DrawnPort(PortInput Input, IReadOnlyList<PortInput> Released, IReadOnlyList<Offer> Offers, PortCount Count);

/// <summary>An offer the run makes: a selected request, its date and its slot at the port.</summary>
internal sealed record Offer(Port Port, Selection Selection, DateOnly Date, TimeOnly Slot);

/// <summary>
/// Draws one port: the run's own date first, then the seats given back on the earlier dates the run may still fill,
/// soonest first, among the requests left. Each draw has a seed of its own, made from the run's.
/// </summary>
internal static class PortDraw
{
    public static DrawnPort Run(
        Port port, FreeSeats seats, IReadOnlyList<Candidate> candidates, DateOnly appointmentDate, IReadOnlyList<DateOnly> released,
        decimal longestWaitingShare, long seed)
    {
        var plan = new SlotPlan(port.FirstSlot, port.LastSlot, port.SlotMinutes);
        var slots = plan.Starts();
        var input = seats.At(port, plan, appointmentDate);
        var first = AllocationPlan.Choose(candidates, input.Free, longestWaitingShare, PortSeeds.For(seed, port.Code));
        var offers = first.Select(s => new Offer(port, s, appointmentDate, slots[s.Slot])).ToList();

        var left = candidates;
        var chosen = first;
        var again = new List<Selection>();
        var refills = new List<PortInput>();
        foreach (var date in released)
        {
            left = Remaining(left, chosen);
            var refill = seats.At(port, plan, date);
            chosen = AllocationPlan.Choose(left, refill.Free, longestWaitingShare, PortSeeds.ForReleased(seed, port.Code, date));
            refills.Add(refill);
            offers.AddRange(chosen.Select(s => new Offer(port, s, date, slots[s.Slot])));
            again.AddRange(chosen);
        }

        var count = new PortCount(
            candidates.Count, candidates.Sum(c => c.People), input.Free.Sum(), first.Count, first.Sum(s => s.People),
            first.Where(s => s.By == SelectedBy.LongestWaiting).Sum(s => s.People))
        {
            ReleasedSeats = refills.Sum(r => r.Free.Sum()),
            ReleasedOffers = again.Count,
            ReleasedPeople = again.Sum(s => s.People),
        };
        return new DrawnPort(input, refills, offers, count);
    }

    private static List<Candidate> Remaining(IReadOnlyList<Candidate> candidates, IReadOnlyList<Selection> taken)
    {
        var ids = taken.Select(t => t.RequestId).ToHashSet();
        return [.. candidates.Where(c => !ids.Contains(c.RequestId))];
    }
}
