using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.Confirmation;

/// <summary>The offer as the applicant sees it, travellers named from their profile, time left counted on the server.</summary>
internal sealed class GetMyOfferHandler(SchedulingDbContext db, IMediator mediator, TimeProvider clock, IOptionsMonitor<RegionOptions> region)
    : IRequestHandler<GetMyOffer, OfferView?>
{
    public async Task<OfferView?> Handle(GetMyOffer request, CancellationToken cancellationToken)
    {
        var offer = await db.Appointments.AsNoTracking()
            .Where(a => a.Id == request.AppointmentId && a.ApplicantId == request.UserId)
            .Join(db.Ports, a => a.PortCode, p => p.Code, (a, p) => new { Appointment = a, PortName = p.Name, p.Address, p.Latitude, p.Longitude, p.ArriveMinutesBefore })
            .SingleOrDefaultAsync(cancellationToken);
        if (offer is null)
        {
            return null;
        }

        var a = offer.Appointment;
        var now = clock.GetUtcNow();
        var progress = await db.ConfirmationProgress.AsNoTracking().SingleOrDefaultAsync(p => p.AppointmentId == a.Id, cancellationToken);
        var photos = await db.LivePhotos.AsNoTracking().Where(p => p.AppointmentId == a.Id)
            .Select(p => new { p.TravellerId, Skipped = p.Ciphertext == null }).ToDictionaryAsync(p => p.TravellerId, p => p.Skipped, cancellationToken);
        var profile = await mediator.Send(new GetProfile(request.UserId), cancellationToken);
        var names = profile.Members.ToDictionary(m => m.Id, m => m.FullName);
        names[profile.UserId] = profile.FullName ?? profile.Email;
        var travellers = a.TravellerIds.Select((id, i) => new TravellerStep(
            i + 1, id, names.GetValueOrDefault(id) ?? string.Empty, photos.ContainsKey(id), photos.GetValueOrDefault(id))).ToList();
        var status = AppointmentRules.StatusAt(a.Status, a.Deadline, now);
        var next = AppointmentRules.Confirmed.Contains(status) ? OfferStep.Confirmed
            : status != AppointmentStatus.Offered ? OfferStep.Closed
            : OfferSteps.NextOf(progress, a.TravellerIds, photos.Keys);
        return new OfferView(
            a.Id, a.PortCode, offer.PortName, a.TimeZone, a.Date, a.SlotStart, a.SlotStartsAt, a.Deadline, a.Deadline - now, status,
            a.ConfirmationNumber, a.ConfirmedAt, a.IdentityReview, travellers, next, region.CurrentValue.Eligible, a.CheckedInAt,
            PortArrival.For(offer.Address, offer.Latitude, offer.Longitude, offer.ArriveMinutesBefore, a.SlotStartsAt));
    }
}
