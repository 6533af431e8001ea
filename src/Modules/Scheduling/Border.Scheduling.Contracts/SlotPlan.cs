namespace Border.Scheduling.Contracts;

/// <summary>
/// A port's day of slots: one every <see cref="Minutes"/> from <see cref="First"/> up to and including
/// <see cref="Last"/> (local time). The day's capacity is spread over them as evenly as whole people allow:
/// each slot gets capacity ÷ slots, and the first (capacity mod slots) slots one more, so the slots add up
/// to the day exactly and early slots, when the port is freshest, take the remainder.
/// </summary>
public sealed record SlotPlan(TimeOnly First, TimeOnly Last, int Minutes)
{
    public IReadOnlyList<TimeOnly> Starts()
    {
        var starts = new List<TimeOnly>();
        for (var minute = First.Hour * 60 + First.Minute; minute <= Last.Hour * 60 + Last.Minute; minute += Minutes)
        {
            starts.Add(new TimeOnly(minute / 60, minute % 60));
        }

        return starts;
    }

    public int Count => Minutes <= 0 || Last < First ? 0 : ((Last.Hour * 60 + Last.Minute - (First.Hour * 60 + First.Minute)) / Minutes) + 1;

    /// <summary>Seats (people) in each slot for a day of <paramref name="dailyCapacity"/>, in slot order.</summary>
    public IReadOnlyList<int> SeatsPerSlot(int dailyCapacity)
    {
        var count = Count;
        if (count == 0)
        {
            return [];
        }

        var each = dailyCapacity / count;
        var extra = dailyCapacity % count;
        return [.. Enumerable.Range(0, count).Select(i => each + (i < extra ? 1 : 0))];
    }
}
