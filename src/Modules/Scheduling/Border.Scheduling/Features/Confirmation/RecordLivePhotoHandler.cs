using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Uploads;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Confirmation;

/// <summary>
/// Stores a traveller's live photo, encrypted, replacing an earlier one. "I cannot take this photo" stores the step
/// without a photo and flags the appointment for identity review: nobody is locked out by a camera.
/// </summary>
internal sealed class RecordLivePhotoHandler(
    SchedulingDbContext db, OfferSteps steps, LivePhotoVault vault, UploadService uploads, TimeProvider clock)
    : IRequestHandler<RecordLivePhoto, bool>
{
    public const string PhotoField = "Photo";

    public async Task<bool> Handle(RecordLivePhoto request, CancellationToken cancellationToken)
    {
        if (await steps.OpenAsync(request.UserId, request.AppointmentId, OfferStep.Photos, cancellationToken) is not { } offer
            || request.TravellerNumber < 1 || request.TravellerNumber > offer.TravellerIds.Length)
        {
            return false;
        }

        var travellerId = offer.TravellerIds[request.TravellerNumber - 1];
        var photo = request.CannotTake ? null
            : await uploads.CheckAsync(request.File?.Content, request.File?.Length ?? 0, PhotoField, allowPdf: false, cancellationToken);
        var now = clock.GetUtcNow();
        var row = await db.LivePhotos.SingleOrDefaultAsync(p => p.AppointmentId == offer.Id && p.TravellerId == travellerId, cancellationToken);
        if (row is null)
        {
            row = new LivePhoto { Id = Guid.CreateVersion7(now), AppointmentId = offer.Id, TravellerId = travellerId };
            db.LivePhotos.Add(row);
        }

        row.ContentType = photo?.ContentType;
        row.Length = photo?.Original.Length ?? 0;
        row.Ciphertext = Seal(photo?.Original);
        row.ViewCiphertext = Seal(photo?.View);
        row.ThumbnailCiphertext = Seal(photo?.Thumbnail);
        row.TakenAt = now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (request.CannotTake)
        {
            await db.Appointments.Where(a => a.Id == offer.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.IdentityReview, true), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private byte[]? Seal(byte[]? content) => content is null ? null : vault.Seal(content);
}
