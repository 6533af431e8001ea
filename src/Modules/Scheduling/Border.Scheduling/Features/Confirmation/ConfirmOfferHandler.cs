using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Confirmation;

/// <summary>
/// "Yes, schedule". Under the port's lock, the day's and the slot's confirmed people are counted again (a capacity
/// cut may have left offers above them), then one conditional update turns the offer into an appointment only while it is still
/// offered and before its deadline, read under the expiry lock (see OfferExpiryLock): a person is never both confirmed and told their offer expired. The email and the
/// group freeze go to the outbox in the same transaction. Confirming again shows the first confirmation.
/// </summary>
internal sealed class ConfirmOfferHandler(SchedulingDbContext db, OfferSteps steps, TimeProvider clock) : IRequestHandler<ConfirmOffer, ConfirmOfferResult?>
{
    /// <summary>The entry requirements page on what to bring (Cases seeds it): the email links to it rather than keep that text twice.</summary>
    private const string WhatToBringPath = "/requirements/what-to-bring";

    public async Task<ConfirmOfferResult?> Handle(ConfirmOffer request, CancellationToken cancellationToken)
    {
        if (await Confirmed(request, cancellationToken) is { } already)
        {
            return already;
        }

        if (await steps.OpenAsync(request.UserId, request.AppointmentId, OfferStep.Schedule, cancellationToken) is null)
        {
            return null;
        }

        var offer = await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == request.AppointmentId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Seats.LockPortAsync(db, offer.PortCode, cancellationToken);
        // The clock is read once the expiry job cannot be between reading overdue offers and committing.
        await OfferExpiryLock.ShareAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        var port = await db.Ports.AsNoTracking().SingleAsync(p => p.Code == offer.PortCode, cancellationToken);
        var day = await db.PortDays.AsNoTracking().SingleOrDefaultAsync(d => d.PortCode == offer.PortCode && d.Date == offer.Date, cancellationToken);
        var capacity = day?.Closed == true ? 0 : day?.Capacity ?? port.DailyCapacity;
        var confirmed = await db.Appointments
            .Where(a => a.PortCode == offer.PortCode && a.Date == offer.Date && AppointmentRules.Confirmed.Contains(a.Status))
            .SumAsync(a => a.PeopleCount, cancellationToken);
        if (confirmed + offer.PeopleCount > capacity)
        {
            throw Refusal.Of(
                "We are sorry: {0} has no more room on {1}, because its capacity for that day was lowered after this offer was made. Your offer cannot be confirmed. You can request again while the window is open.",
                port.Name, Refusal.Day(offer.Date));
        }

        // The slot too: a lower capacity spreads fewer seats over the slots, and confirmed people keep theirs.
        var plan = new SlotPlan(port.FirstSlot, port.LastSlot, port.SlotMinutes);
        var slot = plan.Starts().ToList().IndexOf(offer.SlotStart);
        if (slot >= 0)
        {
            var inSlot = await db.Appointments
                .Where(a => a.PortCode == offer.PortCode && a.Date == offer.Date && a.SlotStart == offer.SlotStart && AppointmentRules.Confirmed.Contains(a.Status))
                .SumAsync(a => a.PeopleCount, cancellationToken);
            if (inSlot + offer.PeopleCount > plan.SeatsPerSlot(capacity)[slot])
            {
                throw Refusal.Of(
                    "We are sorry: the {0} time at {1} on {2} is full, because the port's capacity was lowered after this offer was made. Your offer cannot be confirmed. You can request again while the window is open.",
                    offer.SlotStart.ToString("t", System.Globalization.CultureInfo.CurrentUICulture), port.Name, Refusal.Day(offer.Date));
            }
        }

        var number = References.New("APT");
        var won = await db.Database.ExecuteSqlRawAsync($$"""
            UPDATE scheduling.appointments SET status = {{AppointmentStatusSql.Confirmed}}, confirmed_at = {0}, confirmation_number = {1}
            WHERE id = {2} AND applicant_id = {3} AND status = {{AppointmentStatusSql.Offered}} AND deadline > {0}
            """, [now, number, offer.Id, request.UserId], cancellationToken);
        if (won == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await Confirmed(request, cancellationToken) ?? throw steps.DeadlinePassed(offer.Deadline, offer.TimeZone);
        }

        var arrival = PortArrival.For(port.Address, port.Latitude, port.Longitude, port.ArriveMinutesBefore, offer.SlotStartsAt);
        db.AddIntegrationEvent(new AppointmentConfirmed(Guid.CreateVersion7(now), now, offer.ApplicantId, offer.Id));
        db.AddIntegrationEvent(new NotificationRequested(
            Guid.CreateVersion7(now), now, offer.ApplicantId, NotificationKinds.AppointmentConfirmed,
            new Dictionary<string, NotificationArgument>
            {
                [NotificationArguments.Port] = NotificationArgument.Of(port.Name),
                [NotificationArguments.Slot] = NotificationArgument.Moment(offer.SlotStartsAt, offer.TimeZone),
                [NotificationArguments.ConfirmationNumber] = NotificationArgument.Of(number),
                [NotificationArguments.Address] = NotificationArgument.Of(arrival.Address ?? port.Name),
                [NotificationArguments.ArriveBy] = NotificationArgument.Moment(arrival.ArriveBy, offer.TimeZone),
                [NotificationArguments.Map] = NotificationArgument.Of(arrival.MapLink ?? string.Empty),
                [NotificationArguments.WhatToBring] = NotificationArgument.PageOnSite(WhatToBringPath),
            },
            $"/appointments/{offer.Id}/confirmed"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ConfirmOfferResult(number, AlreadyConfirmed: false);
    }

    private async Task<ConfirmOfferResult?> Confirmed(ConfirmOffer request, CancellationToken cancellationToken) =>
        await db.Appointments.AsNoTracking()
            .Where(a => a.Id == request.AppointmentId && a.ApplicantId == request.UserId && a.ConfirmationNumber != null && AppointmentRules.Confirmed.Contains(a.Status))
            .Select(a => new ConfirmOfferResult(a.ConfirmationNumber!, true))
            .SingleOrDefaultAsync(cancellationToken);
}
