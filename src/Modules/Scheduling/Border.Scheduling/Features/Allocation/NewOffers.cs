using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Allocation;

/// <summary>
/// Turns the run's offers into appointment rows and notices, saved with the caller's SaveChanges. The people offered
/// may hold an offer already past its deadline but not yet closed; it is closed first, or the one-live-offer index
/// would refuse the new one.
/// </summary>
internal static class NewOffers
{
    public static async Task AddAsync(
        SchedulingDbContext db, IReadOnlyList<Offer> offers, Guid runId, DateTimeOffset now, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var selectedIds = offers.Select(o => o.Selection.RequestId).ToList();
        var groups = await db.Requests.AsNoTracking().Where(r => selectedIds.Contains(r.Id))
            .Select(r => new { r.Id, r.ApplicantId, r.TravellerIds }).ToDictionaryAsync(r => r.Id, cancellationToken);
        await OverdueOffersOf.CloseAsync(db, [.. groups.Values.Select(g => g.ApplicantId).Distinct()], now, cancellationToken);
        foreach (var (port, selection, date, slot) in offers)
        {
            var group = groups[selection.RequestId];
            db.Appointments.Add(new Appointment
            {
                Id = Guid.CreateVersion7(now),
                RequestId = selection.RequestId,
                ApplicantId = group.ApplicantId,
                AllocationRunId = runId,
                PortCode = port.Code,
                Date = date,
                SlotStart = slot,
                TimeZone = port.TimeZone,
                SlotStartsAt = StartsAt(port, date, slot).ToUniversalTime(),
                PeopleCount = selection.People,
                TravellerIds = group.TravellerIds,
                Status = AppointmentStatus.Offered,
                OfferedAt = now,
                Deadline = deadline,
            });
        }

        Tell(db, offers, groups.ToDictionary(g => g.Key, g => g.Value.ApplicantId), now, deadline);
    }

    /// <summary>One notice per port and slot: everyone offered the same time is told the same words, in one outbox row.</summary>
    private static void Tell(SchedulingDbContext db, IReadOnlyList<Offer> offers, Dictionary<Guid, Guid> applicantOf, DateTimeOffset now, DateTimeOffset deadline)
    {
        foreach (var slot in offers.GroupBy(o => (o.Port, o.Date, o.Slot)))
        {
            var (port, date, start) = slot.Key;
            db.AddIntegrationEvent(new NotificationsRequested(
                Guid.CreateVersion7(now), now, [.. slot.Select(o => applicantOf[o.Selection.RequestId])], NotificationKinds.AppointmentOffered,
                new Dictionary<string, NotificationArgument>
                {
                    [NotificationArguments.Port] = NotificationArgument.Of(port.Name),
                    [NotificationArguments.Slot] = NotificationArgument.Moment(StartsAt(port, date, start), port.TimeZone),
                    [NotificationArguments.Deadline] = NotificationArgument.Moment(deadline, port.TimeZone),
                },
                "/appointments"));
        }
    }

    /// <summary>The slot's start at the port, in the port's own time zone.</summary>
    private static DateTimeOffset StartsAt(Port port, DateOnly date, TimeOnly slot)
    {
        var local = date.ToDateTime(slot);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById(port.TimeZone).GetUtcOffset(local));
    }
}
