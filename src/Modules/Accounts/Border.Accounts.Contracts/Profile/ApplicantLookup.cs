using Border.Shared.Uploads;
using MediatR;

namespace Border.Accounts.Contracts.Profile;

/// <summary>
/// Staff find an applicant by email, name or document number. Read-only; every profile and file a staff member
/// opens is written to the audit log with who looked and when.
/// </summary>
public sealed record FindApplicants(Guid StaffId, string? Query) : IRequest<IReadOnlyList<ApplicantMatch>>;

public sealed record ApplicantMatch(Guid UserId, string Email, string? FullName, DateOnly? DateOfBirth, int TravellerCount);

/// <summary>The applicant's profile for a staff member; null when there is no such applicant. Audited.</summary>
public sealed record ViewApplicant(Guid StaffId, Guid ApplicantId) : IRequest<ProfileView?>;

/// <summary>One of the applicant's photos or scans for a staff member; null when it is not that applicant's. Audited.</summary>
public sealed record OpenApplicantFile(Guid StaffId, Guid ApplicantId, Guid FileId, FileVariant Variant = FileVariant.Original) : IRequest<OpenedFile?>;

public static class AuditActions
{
    public const string ApplicantSearched = "accounts.applicants-searched";
    public const string ApplicantViewed = "accounts.applicant-viewed";
    public const string ApplicantFileViewed = "accounts.applicant-file-viewed";
}
