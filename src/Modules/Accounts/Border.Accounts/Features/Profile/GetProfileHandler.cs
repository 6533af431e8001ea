using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Snapshots;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Accounts.Features.Profile;

internal sealed class GetProfileHandler(AccountsDbContext db, AccountsMappings mappings, IOptionsMonitor<GroupOptions> group, PersonSnapshots snapshots)
    : IRequestHandler<GetProfile, ProfileView>
{
    public async Task<ProfileView> Handle(GetProfile request, CancellationToken cancellationToken)
    {
        var id = request.UserId;
        var user = await snapshots.ReadAsync(id, SnapshotPart, request.FromSnapshot, ct => ReadAsync(id, ct), cancellationToken);
        var profile = user.Profile ?? new ApplicantProfile { UserId = id };
        var files = user.Files;
        var documents = user.Documents;
        var members = user.Members;

        DocumentView? DocumentOf(Guid travellerId) => documents.FirstOrDefault(d => d.TravellerId == travellerId) is { } d
            ? new DocumentView(d.Id, d.Type, d.Number, d.IssuingCountry, d.ExpiresOn, d.PhotoFileId is { } photo ? files.GetValueOrDefault(photo) : null)
            : null;

        var view = new ProfileView(
            id,
            user.Email ?? string.Empty,
            user.EmailConfirmed,
            user.PreferredCulture,
            profile.FullName,
            profile.OtherNames,
            profile.DateOfBirth,
            profile.Sex,
            profile.CountryOfBirth,
            profile.Nationality,
            profile.Phone,
            profile.CurrentCity,
            profile.CurrentState,
            new DestinationView(profile.DestinationStreet, profile.DestinationUnit, profile.DestinationCity, profile.DestinationState, profile.DestinationZip),
            DocumentOf(id),
            profile.SelfieFileId is { } selfie ? files.GetValueOrDefault(selfie) : null,
            [.. members.Select(m => new MemberView(m.Id, m.FullName, m.DateOfBirth, m.Nationality, m.Relationship, DocumentOf(m.Id)))],
            group.CurrentValue.MaximumSize,
            profile.GroupFrozenFor is not null);
        return view with { Missing = ProfileSteps.Missing(view) };
    }

    private const string SnapshotPart = "accounts.profile";

    /// <summary>
    /// Two round trips however large the group: every applicant's home page asks for this. The account, its profile,
    /// the members and the documents come in one statement (a few rows: members times documents, a group is small);
    /// the files' metadata in the other, never their ciphertexts. Only rows: the settings and the rules are applied
    /// each time, so a snapshot of these never carries a stale setting.
    /// </summary>
    private async Task<ProfileRows> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new ProfileRows
            {
                Email = u.Email,
                EmailConfirmed = u.EmailConfirmed,
                PreferredCulture = u.PreferredCulture,
                Profile = db.Profiles.Where(p => p.UserId == id).OrderBy(p => p.UserId).FirstOrDefault(),
                Members = db.GroupMembers.Where(m => m.OwnerId == id).OrderBy(m => m.AddedAt).ThenBy(m => m.Id).ToList(),
                Documents = db.IdentityDocuments.Where(d => d.OwnerId == id).OrderBy(d => d.Id).ToList(),
            })
            .AsSingleQuery()
            .SingleAsync(cancellationToken);
        user.Files = await db.StoredFiles.AsNoTracking().Where(f => f.OwnerId == id)
            .ProjectToType<FileView>(mappings)
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        return user;
    }

    private sealed class ProfileRows
    {
        public string? Email { get; init; }

        public bool EmailConfirmed { get; init; }

        public string PreferredCulture { get; init; } = string.Empty;

        public ApplicantProfile? Profile { get; init; }

        public List<GroupMember> Members { get; init; } = [];

        public List<IdentityDocument> Documents { get; init; } = [];

        public Dictionary<Guid, FileView> Files { get; set; } = [];
    }
}
