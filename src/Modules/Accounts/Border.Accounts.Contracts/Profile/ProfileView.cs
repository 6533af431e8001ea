using MediatR;

namespace Border.Accounts.Contracts.Profile;

/// <summary>Everything the applicant has told Border about themselves and their group, for their own pages.</summary>
/// <param name="FromSnapshot">
/// May come from the person's snapshot in memory (Border.Shared.Snapshots): for a page that only shows it. A use case
/// that decides something from the profile leaves it false and reads the database.
/// </param>
public sealed record GetProfile(Guid UserId, bool FromSnapshot = false) : IRequest<ProfileView>;

public sealed record ProfileView(
    Guid UserId,
    string Email,
    bool EmailConfirmed,
    string PreferredCulture,
    string? FullName,
    string? OtherNames,
    DateOnly? DateOfBirth,
    string? Sex,
    string? CountryOfBirth,
    string? Nationality,
    string? Phone,
    string? CurrentCity,
    string? CurrentState,
    DestinationView Destination,
    DocumentView? Document,
    FileView? Selfie,
    IReadOnlyList<MemberView> Members,
    int GroupMaximum,
    bool GroupFrozen)
{
    /// <summary>Pages still to fill in, in the order the applicant meets them; empty when everything is done.</summary>
    public IReadOnlyList<ProfileStep> Missing { get; init; } = [];

    public bool Complete => Missing.Count == 0;

    public int TravellerCount => 1 + Members.Count;
}

public sealed record DestinationView(string? Street, string? Unit, string? City, string? State, string? Zip);

public sealed record DocumentView(Guid Id, string Type, string Number, string IssuingCountry, DateOnly? ExpiresOn, FileView? Photo);

/// <summary>
/// A stored file; <see cref="HasThumbnail"/> when it is an image whose thumbnail and view size were made at upload,
/// so pages show those and send the original only when asked.
/// </summary>
public sealed record FileView
{
    public Guid Id { get; init; }

    public required string ContentType { get; init; }

    public int Length { get; init; }

    public DateTimeOffset StoredAt { get; init; }

    public bool HasThumbnail { get; init; }
}

public sealed record MemberView(
    Guid Id, string FullName, DateOnly DateOfBirth, string Nationality, string Relationship, DocumentView? Document);

/// <summary>A page of the profile. For documents, <see cref="TravellerId"/> says whose.</summary>
public sealed record ProfileStep(ProfileSection Section, Guid? TravellerId = null);

public enum ProfileSection
{
    Name,
    Birth,
    Nationality,
    Contact,
    CurrentLocation,
    Destination,
    Document,
    DocumentPhoto,
    Selfie,
}
