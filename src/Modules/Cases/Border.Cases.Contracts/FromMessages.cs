using MediatR;

namespace Border.Cases.Contracts;

/// <summary>
/// The applicant's cases waiting on documents (an open request, before its deadline), for an officer who is about to
/// file a file the applicant sent in a message. Audited when it shows any.
/// </summary>
public sealed record ListCasesAwaitingDocuments(Guid StaffId, Guid ApplicantId) : IRequest<IReadOnlyList<CaseAwaitingDocuments>>;

public sealed record CaseAwaitingDocuments(Guid CaseId, string Receipt, string What, DateTimeOffset DueAt);

/// <summary>
/// An officer files a file the applicant sent in a message as the answer to the open request for documents of one of
/// that applicant's cases: the case goes back to review, as when the applicant answers on the case's page, and both
/// sides see the request answered. <paramref name="SourceId"/> is the file's id where it came from (the message's
/// attachment): a file is filed once. <paramref name="ContentType"/> is one the upload service accepted.
/// </summary>
public sealed record FileDocumentFromMessage(Guid StaffId, Guid ApplicantId, Guid CaseId, Guid SourceId, string ContentType, byte[] Content)
    : IRequest<DocumentFiling>;

public enum DocumentFiling
{
    Filed,

    /// <summary>This file is already in a case; nothing changed.</summary>
    AlreadyFiled,

    /// <summary>The case asks for no documents now (none requested, answered, or past the deadline).</summary>
    NoOpenRequest,

    /// <summary>No such case of this applicant.</summary>
    NotFound,
}
