using MediatR;

namespace Border.Messaging.Contracts;

/// <summary>
/// What waits in the shared inbox for the staff home page: conversations nobody has taken (at
/// <paramref name="PortCode"/> when given, as the header counts them; at every port without one), and the officer's own.
/// </summary>
public sealed record CountInboxWaiting(Guid StaffId, string? PortCode = null) : IRequest<InboxWaiting>;

/// <param name="Unassigned">Conversations waiting for an officer to take them.</param>
/// <param name="Mine">Conversations this officer took that wait on an answer from them.</param>
public sealed record InboxWaiting(int Unassigned, int Mine);
