namespace Border.Scheduling.Features.Allocation;

/// <summary>One group's request as the run sees it.</summary>
internal readonly record struct Candidate(Guid RequestId, int People, DateTimeOffset RegisteredAt);

internal enum SelectedBy
{
    LongestWaiting,
    Draw,
}

/// <summary>A chosen request and the slot (index into the day's slots, in time order) its whole group arrives in.</summary>
internal readonly record struct Selection(Guid RequestId, int People, SelectedBy By, int Slot);

/// <summary>
/// Who gets a port's seats for a day, and when they come. First the longest-waiting share: requests in order of
/// their applicant's registration, each taken while its whole group fits in what is left of the share. Then every
/// seat still free (the share's leftovers included) goes by a draw: the remaining requests in an order shuffled
/// from the seed, each taken if its whole group fits. Every request has the same chance of each place in the
/// shuffle whatever its size. A group is never split, not even across time slots: it is taken only when one slot
/// has room for all of it (the earliest such slot), otherwise it is passed over for the next request.
/// Pure and deterministic: the same candidates, slots, share and seed always give the same selections.
/// </summary>
internal static class AllocationPlan
{
    /// <param name="room">Seats free in each slot of the day, in time order; not changed.</param>
    public static List<Selection> Choose(IReadOnlyList<Candidate> candidates, IReadOnlyList<int> room, decimal longestWaitingShare, ulong seed)
    {
        var free = room.ToArray();
        var left = free.Sum();
        var selections = new List<Selection>();
        var taken = new HashSet<Guid>();

        var shareLeft = (int)Math.Floor(left * longestWaitingShare);
        foreach (var candidate in candidates.OrderBy(c => c.RegisteredAt).ThenBy(c => c.RequestId))
        {
            if (shareLeft == 0)
            {
                break;
            }

            if (candidate.People <= shareLeft && Seat(free, candidate.People) is var slot and >= 0)
            {
                selections.Add(new Selection(candidate.RequestId, candidate.People, SelectedBy.LongestWaiting, slot));
                taken.Add(candidate.RequestId);
                shareLeft -= candidate.People;
                left -= candidate.People;
            }
        }

        // The shuffle starts from a fixed order (by request id), so the draw depends on the seed alone.
        var rest = candidates.Where(c => !taken.Contains(c.RequestId)).OrderBy(c => c.RequestId).ToArray();
        var random = new SplitMix64(seed);
        for (var i = rest.Length - 1; i > 0; i--)
        {
            var j = random.Below(i + 1);
            (rest[i], rest[j]) = (rest[j], rest[i]);
        }

        foreach (var candidate in rest)
        {
            if (left == 0)
            {
                break;
            }

            if (Seat(free, candidate.People) is var slot and >= 0)
            {
                selections.Add(new Selection(candidate.RequestId, candidate.People, SelectedBy.Draw, slot));
                left -= candidate.People;
            }
        }

        return selections;
    }

    /// <summary>Takes seats for the whole group in the earliest slot with room; -1 when no slot has.</summary>
    private static int Seat(int[] free, int people)
    {
        for (var slot = 0; slot < free.Length; slot++)
        {
            if (free[slot] >= people)
            {
                free[slot] -= people;
                return slot;
            }
        }

        return -1;
    }
}
