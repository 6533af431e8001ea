using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;

namespace Border.Scheduling.Features.Confirmation;

/// <summary>"Schedule" on the review page: every detail seen; only "Yes, schedule" is left.</summary>
internal sealed class ReviewOfferHandler(SchedulingDbContext db, OfferSteps steps, TimeProvider clock) : IRequestHandler<ReviewOffer, bool>
{
    public async Task<bool> Handle(ReviewOffer request, CancellationToken cancellationToken)
    {
        if (await steps.OpenAsync(request.UserId, request.AppointmentId, OfferStep.Review, cancellationToken) is not { } offer)
        {
            return false;
        }

        offer.Progress!.ReviewedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
