using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Audit;
using Border.Shared.Uploads;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.CheckIn;

/// <summary>Decrypts one traveller's live photo of a confirmed appointment for an officer, and records that it was opened.</summary>
internal sealed class OpenLivePhotoHandler(SchedulingDbContext db, LivePhotoVault vault, TimeProvider clock) : IRequestHandler<OpenLivePhoto, OpenedLivePhoto?>
{
    public async Task<OpenedLivePhoto?> Handle(OpenLivePhoto request, CancellationToken cancellationToken)
    {
        var photo = await db.LivePhotos.AsNoTracking()
            .Where(p => p.AppointmentId == request.AppointmentId && p.TravellerId == request.TravellerId && p.Ciphertext != null)
            .Join(db.Appointments.Where(a => AppointmentRules.Confirmed.Contains(a.Status)), p => p.AppointmentId, a => a.Id,
                (p, a) => new
                {
                    a.ApplicantId,
                    p.ContentType,
                    Ciphertext = request.Variant == FileVariant.Thumbnail ? p.ThumbnailCiphertext
                        : request.Variant == FileVariant.View ? p.ViewCiphertext
                        : p.Ciphertext,
                })
            .SingleOrDefaultAsync(cancellationToken);
        if (photo?.Ciphertext is null)
        {
            return null;
        }

        db.AddAuditEntry(clock.GetUtcNow(), request.StaffId, photo.ApplicantId, SchedulingAuditActions.LivePhotoViewed,
            after: new { appointmentId = request.AppointmentId, travellerId = request.TravellerId, variant = request.Variant.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return new OpenedLivePhoto(vault.Open(photo.Ciphertext), FileVariants.ContentType(request.Variant, photo.ContentType!));
    }
}
