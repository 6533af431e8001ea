using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;

namespace Border.Scheduling.Features.Confirmation;

/// <summary>Starts confirming; accepting again changes nothing.</summary>
internal sealed class AcceptOfferHandler(SchedulingDbContext db, OfferSteps steps, TimeProvider clock) : IRequestHandler<AcceptOffer, bool>
{
    public async Task<bool> Handle(AcceptOffer request, CancellationToken cancellationToken)
    {
        if (await steps.OpenAsync(request.UserId, request.AppointmentId, OfferStep.Accept, cancellationToken) is not { } offer)
        {
            return false;
        }

        if (offer.Progress is null)
        {
            db.ConfirmationProgress.Add(new ConfirmationProgress { AppointmentId = offer.Id, AcceptedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
