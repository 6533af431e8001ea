using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>Today's check-ins at a port (today in the port's zone), for the staff home page; null for an unknown port.</summary>
public sealed record CountCheckInsToday(string PortCode) : IRequest<CheckInsToday?>;

/// <param name="Expected">Confirmed groups not yet checked in or marked.</param>
/// <param name="Recorded">Groups of today whose outcome an officer has recorded.</param>
public sealed record CheckInsToday(string PortCode, string PortName, DateOnly Date, int Expected, int Recorded);
