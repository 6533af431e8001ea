using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Accounts.Features.Profile;

internal sealed class GetProfileHandler(AccountsDbContext db, AccountsMappings mappings, IOptionsMonitor<GroupOptions> group) : IRequestHandler<GetProfile, ProfileView>
{
    public async Task<ProfileView> Handle(GetProfile request, CancellationToken cancellationToken)
    {
        var id = request.UserId;
        // The account and its profile in one round trip: every applicant's home page asks for them.
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Email, u.EmailConfirmed, u.PreferredCulture, Profile = db.Profiles.Where(p => p.UserId == id).OrderBy(p => p.UserId).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var profile = user.Profile ?? new ApplicantProfile { UserId = id };
        var files = await db.StoredFiles.AsNoTracking().Where(f => f.OwnerId == id)
            .ProjectToType<FileView>(mappings)
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        var documents = await db.IdentityDocuments.AsNoTracking().Where(d => d.OwnerId == id).ToListAsync(cancellationToken);
        var members = await db.GroupMembers.AsNoTracking().Where(m => m.OwnerId == id).OrderBy(m => m.AddedAt).ToListAsync(cancellationToken);

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
}
