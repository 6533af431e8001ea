using MediatR;

namespace Border.Cases.Contracts;

/// <summary>
/// Cases waiting for an officer, as the queue's default view counts them (submitted, not taken), at one port or, with
/// a null port, at every port; and the cases this officer has taken and not yet decided.
/// </summary>
public sealed record CountCasesWaiting(Guid StaffId, string? Port) : IRequest<CasesWaiting>;

public sealed record CasesWaiting(int Waiting, int Mine);
