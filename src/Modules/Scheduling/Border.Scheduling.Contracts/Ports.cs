using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>The eight ports with their default capacity and slot plan, in display order.</summary>
public sealed record ListPorts : IRequest<IReadOnlyList<PortSummary>>;

public sealed record PortSummary
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string UsState { get; init; }

    public required string TimeZone { get; init; }

    public int DailyCapacity { get; init; }

    public TimeOnly FirstSlot { get; init; }

    public TimeOnly LastSlot { get; init; }

    public int SlotMinutes { get; init; }

    public string? Address { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public int ArriveMinutesBefore { get; init; }

    public SlotPlan Plan => new(FirstSlot, LastSlot, SlotMinutes);
}

/// <summary>A port with its date changes from <see cref="PortDetail.Today"/> on (today in the port's zone); null for an unknown code.</summary>
public sealed record GetPort(string Code) : IRequest<PortDetail?>;

public sealed record PortDetail(PortSummary Port, DateOnly Today, IReadOnlyList<PortDayView> Days);

/// <summary>A date that differs from the default: its own capacity, or closed with a reason. Confirmed counts people.</summary>
public sealed record PortDayView(DateOnly Date, int? Capacity, bool Closed, string? ClosedReason, int Confirmed);

/// <summary>A supervisor sets a port's default daily capacity and slot plan. Times are the port's local time.</summary>
public sealed record ChangePortCapacity(
    Guid SupervisorId, string PortCode, int? DailyCapacity, TimeOnly? FirstSlot, TimeOnly? LastSlot, int? SlotMinutes) : IRequest<Unit>
{
    public const int MaximumDailyCapacity = 10_000;
}

/// <summary>
/// A supervisor changes one date at a port: its own capacity (null keeps the default), or closes it with a reason.
/// </summary>
public sealed record SetPortDate(Guid SupervisorId, string PortCode, DateOnly? Date, int? Capacity, bool Closed, string? Reason) : IRequest<Unit>
{
    public const int ReasonMaxLength = 300;
}

/// <summary>A date goes back to the port's default (reopened if it was closed); false when it had no change.</summary>
public sealed record ClearPortDate(Guid SupervisorId, string PortCode, DateOnly Date) : IRequest<bool>;

/// <summary>Stable names of what Scheduling writes to its audit log.</summary>
public static class SchedulingAuditActions
{
    public const string CapacityChanged = "scheduling.capacity-changed";
    public const string ArrivalChanged = "scheduling.arrival-changed";
    public const string DateChanged = "scheduling.date-changed";
    public const string DateCleared = "scheduling.date-cleared";
    public const string AllocationRun = "scheduling.allocation-run";
    public const string CheckInSearched = "scheduling.check-in-searched";
    public const string CheckInViewed = "scheduling.check-in-viewed";
    public const string LivePhotoViewed = "scheduling.live-photo-viewed";
    public const string CheckInRecorded = "scheduling.check-in-recorded";

    /// <summary>Written to the settings' audit log (platform schema): before and after hold the suspension's settings.</summary>
    public const string AllocationSuspended = "scheduling.allocation-suspended";

    /// <summary>Written to the settings' audit log (platform schema) when the suspension is lifted.</summary>
    public const string AllocationResumed = "scheduling.allocation-resumed";
}

/// <summary>
/// A supervisor sets where applicants go and how early: the port's address, the map point of its entrance and
/// the minutes before the slot to arrive. Shown on the confirmation page and in its email.
/// </summary>
public sealed record ChangePortArrival(
    Guid SupervisorId, string PortCode, string? Address, double? Latitude, double? Longitude, int? ArriveMinutesBefore) : IRequest<Unit>
{
    public const int AddressMaxLength = 200;
}

/// <summary>
/// A link that opens the port in the person's map app (Google Maps' documented cross-platform search URL: no
/// key, no script on our page; on a phone it opens the installed map app). The point when known, else the address.
/// </summary>
public static class PortMap
{
    public static string? LinkFor(string? address, double? latitude, double? longitude)
    {
        var query = latitude is { } lat && longitude is { } lon
            ? FormattableString.Invariant($"{lat},{lon}")
            : address;
        return string.IsNullOrWhiteSpace(query) ? null : "https://www.google.com/maps/search/?api=1&query=" + Uri.EscapeDataString(query);
    }
}

/// <summary>Where the port is and when to be there: the slot less the port's minutes to arrive early.</summary>
public sealed record PortArrival(string? Address, string? MapLink, DateTimeOffset ArriveBy, int MinutesBefore)
{
    public static PortArrival For(string? address, double? latitude, double? longitude, int minutesBefore, DateTimeOffset slotStartsAt) =>
        new(address, PortMap.LinkFor(address, latitude, longitude), slotStartsAt.AddMinutes(-minutesBefore), minutesBefore);
}
