using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>Offers past their deadline become Expired and each person is told once. Returns how many expired.</summary>
public sealed record ExpireOffers : IRequest<int>;

/// <summary>A reminder, once, for each offer whose deadline is near. Returns how many were reminded.</summary>
public sealed record SendDeadlineReminders : IRequest<int>;

/// <summary>
/// Closes the requests each finished draw passed over as not selected and tells their applicants, a page at a time.
/// Returns how many were closed.
/// </summary>
public sealed record ClosePassedOverRequests : IRequest<int>;
