using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>
/// Tells each person whose offer passed its deadline since the last run, once (the offer is expired from its deadline
/// on, whatever is stored). Returns how many were told.
/// </summary>
public sealed record ExpireOffers : IRequest<int>;

/// <summary>Stores Expired on up to <paramref name="PageSize"/> offers already told they expired. Returns how many.</summary>
public sealed record CloseExpiredOffers(int PageSize = CloseExpiredOffers.DefaultPageSize) : IRequest<int>
{
    public const int DefaultPageSize = 5_000;
}

/// <summary>A reminder, once, for each offer whose deadline is near. Returns how many were reminded.</summary>
public sealed record SendDeadlineReminders : IRequest<int>;

/// <summary>
/// Closes the requests each finished draw passed over as not selected and tells their applicants, a page at a time.
/// Returns how many were closed.
/// </summary>
public sealed record ClosePassedOverRequests : IRequest<int>;
