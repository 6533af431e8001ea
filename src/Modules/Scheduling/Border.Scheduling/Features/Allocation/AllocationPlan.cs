using System.Buffers;
using System.Runtime.CompilerServices;

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
/// seat still free (the share's leftovers included) goes by a draw: the remaining requests in a random order, each
/// taken if its whole group fits. The random order sorts requests by a key mixed from the run's seed and the
/// request's id alone, so every request has the same chance of each place whatever its size, and the order does not
/// depend on how the requests were read. A group is never split, not even across time slots: it is taken only when
/// one slot has room for all of it (the earliest such slot), otherwise it is passed over for the next request.
/// Pure and deterministic: the same candidates, slots, share and seed give the same selections.
/// </summary>
internal static class AllocationPlan
{
    /// <param name="room">Seats free in each slot of the day, in time order; not changed.</param>
    // Runs once a day over up to a million requests: optimized from the first call instead of after warming up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Selection> Choose(IReadOnlyList<Candidate> candidates, IReadOnlyList<int> room, decimal longestWaitingShare, ulong seed)
    {
        var free = room.ToArray();
        var left = free.Sum();
        var selections = new List<Selection>();
        if (left == 0 || candidates.Count == 0)
        {
            return selections;
        }

        // Once no slot (or what is left of the share) can seat the smallest group there is, nobody further down can
        // be taken: stopping there gives the same offers without walking the rest of the port's requests.
        var smallest = SmallestGroup(candidates);
        var taken = new HashSet<Guid>();
        var keys = ArrayPool<long>.Shared.Rent(candidates.Count);
        var order = ArrayPool<int>.Shared.Rent(candidates.Count);
        try
        {
            var shareLeft = (int)Math.Floor(left * longestWaitingShare);
            if (shareLeft >= smallest)
            {
                for (var i = 0; i < candidates.Count; i++)
                {
                    keys[i] = candidates[i].RegisteredAt.UtcTicks;
                }

                InOrder(candidates, keys, order, Enough(shareLeft, candidates.Count), index =>
                {
                    var candidate = candidates[index];
                    if (candidate.People <= shareLeft && Seat(free, candidate.People) is var slot and >= 0)
                    {
                        selections.Add(new Selection(candidate.RequestId, candidate.People, SelectedBy.LongestWaiting, slot));
                        taken.Add(candidate.RequestId);
                        shareLeft -= candidate.People;
                    }

                    return Math.Min(shareLeft, LargestRoom(free)) >= smallest;
                });
            }

            if (LargestRoom(free) >= smallest)
            {
                for (var i = 0; i < candidates.Count; i++)
                {
                    // Flipping the top bit keeps the unsigned order of the keys as signed longs.
                    keys[i] = (long)(DrawKey(seed, candidates[i].RequestId) ^ 0x8000_0000_0000_0000UL);
                }

                InOrder(candidates, keys, order, Enough(left, candidates.Count), index =>
                {
                    var candidate = candidates[index];
                    if (!taken.Contains(candidate.RequestId) && Seat(free, candidate.People) is var slot and >= 0)
                    {
                        selections.Add(new Selection(candidate.RequestId, candidate.People, SelectedBy.Draw, slot));
                    }

                    return LargestRoom(free) >= smallest;
                });
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
        }

        return selections;
    }

    /// <summary>
    /// How many of the first candidates in order to pick out before sorting them all: enough, nearly always, to fill
    /// <paramref name="seats"/> even when many groups are passed over for not fitting.
    /// </summary>
    private static int Enough(int seats, int count) => (int)Math.Min(count, (4L * seats) + 256);

    /// <summary>
    /// Hands candidate indexes to <paramref name="visit"/> in order of key, ties by request id, until it returns false.
    /// A port's seats are filled long before its 125,000 requests run out, so the first <paramref name="first"/> are
    /// picked out with a small heap; only when the visit wants more than those does everything get sorted (and the
    /// ones already visited are skipped: they are the same, in the same order, at the head of the full sort).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void InOrder(IReadOnlyList<Candidate> candidates, long[] keys, int[] order, int first, Func<int, bool> visit)
    {
        var skip = 0;
        if (first < candidates.Count)
        {
            PickFirst(candidates, keys, order, first);
            for (; skip < first; skip++)
            {
                if (!visit(order[skip]))
                {
                    return;
                }
            }
        }

        Sort(candidates, keys, order);
        for (var i = skip; i < candidates.Count; i++)
        {
            if (!visit(order[i]))
            {
                return;
            }
        }
    }

    /// <summary>The <paramref name="count"/> first candidate indexes by key, ties by request id, in order, into <paramref name="order"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PickFirst(IReadOnlyList<Candidate> candidates, long[] keys, int[] order, int count)
    {
        // A max-heap of the best so far: its top is the one to drop when a better candidate comes.
        var heap = new PriorityQueue<int, int>(count, Comparer<int>.Create((a, b) => Compare(candidates, keys, b, a)));
        for (var i = 0; i < candidates.Count; i++)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(i, i);
            }
            else if (Compare(candidates, keys, i, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(i, i);
            }
        }

        for (var i = count - 1; i >= 0; i--)
        {
            order[i] = heap.Dequeue();
        }
    }

    private static int Compare(IReadOnlyList<Candidate> candidates, long[] keys, int a, int b) =>
        keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : candidates[a].RequestId.CompareTo(candidates[b].RequestId);

    /// <summary>
    /// Candidate indexes by key, ties by request id, into <paramref name="order"/>: one sort of plain numbers in pooled
    /// arrays, which for a port's 125,000 requests takes milliseconds and leaves nothing large for the collector.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sort(IReadOnlyList<Candidate> candidates, long[] keys, int[] order)
    {
        var count = candidates.Count;
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order, 0, count);
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start == 2)
            {
                if (candidates[order[start]].RequestId.CompareTo(candidates[order[start + 1]].RequestId) > 0)
                {
                    (order[start], order[start + 1]) = (order[start + 1], order[start]);
                }
            }
            else if (end - start > 2)
            {
                Array.Sort(order, start, end - start, Comparer<int>.Create((a, b) => candidates[a].RequestId.CompareTo(candidates[b].RequestId)));
            }

            start = end;
        }
    }

    /// <summary>A request's place in the draw: its id's two halves mixed into the seed with SplitMix64's finalizer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong DrawKey(ulong seed, Guid requestId)
    {
        Span<byte> bytes = stackalloc byte[16];
        requestId.TryWriteBytes(bytes);
        var low = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        var high = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        return new SplitMix64(new SplitMix64(seed ^ low).Next() ^ high).Next();
    }

    private static int SmallestGroup(IReadOnlyList<Candidate> candidates)
    {
        var smallest = int.MaxValue;
        for (var i = 0; i < candidates.Count; i++)
        {
            smallest = Math.Min(smallest, candidates[i].People);
        }

        return smallest;
    }

    private static int LargestRoom(int[] free)
    {
        var largest = 0;
        foreach (var seats in free)
        {
            largest = Math.Max(largest, seats);
        }

        return largest;
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
