using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Localization;
using Border.Shared.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Border.Scheduling.Features.Confirmation;

/// <summary>
/// The steps of confirming an offer, always through the applicant's own id. Each step's command first checks
/// the offer is still open and the steps before it are done; the page only shows what the store says.
/// </summary>
internal sealed class OfferSteps(SchedulingDbContext db, TimeProvider clock, IStringLocalizer<Strings> S)
{
    /// <summary>The applicant's offer, still open, with its progress; null when it is not theirs.</summary>
    public async Task<OpenOffer?> OpenAsync(Guid userId, Guid appointmentId, OfferStep step, CancellationToken cancellationToken)
    {
        var offer = await db.Appointments.AsNoTracking()
            .Where(a => a.Id == appointmentId && a.ApplicantId == userId)
            .Select(a => new { a.Id, a.Status, a.Deadline, a.TimeZone, a.TravellerIds })
            .SingleOrDefaultAsync(cancellationToken);
        if (offer is null)
        {
            return null;
        }

        if (offer.Status != AppointmentStatus.Offered)
        {
            throw Refusal.Of(offer.Status == AppointmentStatus.Expired
                ? "The time to confirm this offer has passed, and its seats went back to the draw. You can request again while the window is open."
                : "This offer is no longer open. See your appointments page.");
        }

        if (offer.Deadline <= clock.GetUtcNow())
        {
            throw DeadlinePassed(offer.Deadline, offer.TimeZone);
        }

        var progress = await db.ConfirmationProgress.SingleOrDefaultAsync(p => p.AppointmentId == appointmentId, cancellationToken);
        var photos = await db.LivePhotos.Where(p => p.AppointmentId == appointmentId).Select(p => p.TravellerId).ToListAsync(cancellationToken);
        var open = new OpenOffer(offer.Id, offer.TravellerIds, progress, photos);
        if (step > open.Next)
        {
            throw Refusal.Of("Finish the steps before this one first.");
        }

        return open;
    }

    public RequestValidationException DeadlinePassed(DateTimeOffset deadline, string timeZone) =>
        new([new ValidationFailure(
            Refusal.Field,
            "The time to confirm this offer ended on {0}. Its seats went back to the draw. You can request again while the window is open.",
            ZonedTimeText.Format(S, deadline, timeZone))]);

    public static OfferStep NextOf(ConfirmationProgress? progress, IReadOnlyCollection<Guid> travellers, IReadOnlyCollection<Guid> photographed) =>
        progress is null ? OfferStep.Accept
        : travellers.Any(t => !photographed.Contains(t)) ? OfferStep.Photos
        : progress.LocationCheckedAt is null ? OfferStep.Location
        : progress.ReviewedAt is null ? OfferStep.Review
        : OfferStep.Schedule;
}

internal sealed record OpenOffer(Guid Id, Guid[] TravellerIds, ConfirmationProgress? Progress, IReadOnlyList<Guid> Photographed)
{
    public OfferStep Next => OfferSteps.NextOf(Progress, TravellerIds, Photographed);
}
