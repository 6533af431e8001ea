using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Uploads;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Documents;

/// <summary>The applicant's face, kept to compare with the person who arrives at the port. A new one replaces the old.</summary>
internal sealed class UploadSelfieHandler(AccountsDbContext db, FileStore files, UploadService uploads, TimeProvider clock) : IRequestHandler<UploadSelfie, Guid>
{
    public async Task<Guid> Handle(UploadSelfie request, CancellationToken cancellationToken)
    {
        await Travellers.RefuseIfFrozenAsync(db, request.UserId, "Photo", cancellationToken);
        var upload = await uploads.CheckAsync(request.File.Content, request.File.Length, "Photo", allowPdf: false, cancellationToken);
        var now = clock.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            var profile = await db.Profiles.SingleOrDefaultAsync(p => p.UserId == request.UserId, cancellationToken);
            if (profile is null)
            {
                profile = new ApplicantProfile { UserId = request.UserId };
                db.Profiles.Add(profile);
            }

            await files.RemoveAsync(profile.SelfieFileId, cancellationToken);
            var file = files.Add(request.UserId, FileStore.SelfiePurpose, upload, now);
            profile.SelfieFileId = file.Id;
            profile.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return file.Id;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
