using MediatR;

namespace Border.Cases.Contracts;

/// <summary>
/// What the officer at check-in (and the applicant's confirmation page) needs of the group's cases: where its advance
/// information stands and any approved accommodation. Cases are the applicant's, for the whole group.
/// </summary>
public sealed record GetGroupCases(Guid ApplicantId) : IRequest<GroupCases>;

/// <param name="AdvanceInformation">The latest advance information filed (not a draft, not discarded); null when none.</param>
/// <param name="Accommodations">Approved accommodations, newest first.</param>
/// <param name="OpenCorrection">A correction case not yet decided (a draft included); null when none.</param>
public sealed record GroupCases(GroupCase? AdvanceInformation, IReadOnlyList<ApprovedAccommodation> Accommodations, GroupCase? OpenCorrection);

public sealed record GroupCase(Guid Id, string? Receipt, CaseState State);

/// <param name="Need">The catalogue's value for the kind of help (disability, medical, interpreter, other).</param>
/// <param name="Language">The interpreter's language, when one was asked for.</param>
public sealed record ApprovedAccommodation(Guid Id, string Receipt, string Need, string? Language, string Person, string Details);

/// <summary>
/// An officer who finds at check-in that a record does not match starts a correction case for the applicant: a draft
/// with what the officer saw, that the applicant completes with the evidence and submits (it is listed on their
/// cases page). Audited. Returns the case; an open correction already there is returned instead of a second one.
/// </summary>
public sealed record StartCorrectionAtCheckIn(Guid StaffId, Guid ApplicantId, string? Detail, string? Person, string? Note)
    : IRequest<Guid>
{
    public const int NoteMaxLength = 2_000;
}
