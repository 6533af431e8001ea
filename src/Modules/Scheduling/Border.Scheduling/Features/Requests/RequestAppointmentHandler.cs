using System.Globalization;
using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Places;
using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Localization;
using Border.Shared.Outbox;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Border.Scheduling.Features.Requests;

/// <summary>
/// A request for the whole group at one port in the open window. The group, the registration date and the
/// window date are stored as they are now; the draw reads them from here. The notification goes to the outbox
/// in the same transaction; a partial unique index keeps one pending request per group even under a race.
/// </summary>
internal sealed class RequestAppointmentHandler(
    SchedulingDbContext db,
    RequestGate gate,
    RequestWindow window,
    IMediator mediator,
    TimeProvider clock,
    IOptionsMonitor<RegionOptions> region,
    IOptionsMonitor<RequestWindowOptions> windowOptions,
    IStringLocalizer<Strings> S) : IRequestHandler<RequestAppointment, RequestReceipt>
{
    public const string RequestField = "Request";

    public async Task<RequestReceipt> Handle(RequestAppointment request, CancellationToken cancellationToken)
    {
        var userId = request.UserId;
        var checkedGate = await gate.CheckAsync(userId, cancellationToken);
        RefuseIfBlocked(checkedGate);
        if (checkedGate.Block == RequestBlock.DrawSuspended)
        {
            throw Refuse(new ValidationFailure(RequestField, "The daily draw is suspended, so no requests are taken for now: {0}", checkedGate.DrawSuspendedReason!));
        }

        var windowDate = checkedGate.Window.WindowDate;
        var appointmentDate = window.AppointmentDate(windowDate);
        var port = await db.Ports.AsNoTracking().SingleOrDefaultAsync(p => p.Code == request.PortCode, cancellationToken)
            ?? throw Refuse(new ValidationFailure(nameof(request.PortCode), "Choose the port where you want your appointment."));
        var closed = await gate.ClosedPortsAsync(appointmentDate, cancellationToken);
        if (closed.TryGetValue(port.Code, out var reason))
        {
            var day = appointmentDate.ToString("D", CultureInfo.CurrentUICulture);
            throw reason is null
                ? Refuse(new ValidationFailure(nameof(request.PortCode), "{0} has no appointments on {1}, the day this window's draw fills. Choose another port.", port.Name, day))
                : Refuse(new ValidationFailure(nameof(request.PortCode), "{0} is closed on {1}, the day this window's draw fills: {2} Choose another port.", port.Name, day, reason));
        }

        var state = request.State!.Trim().ToUpperInvariant();
        var place = MexicanStates.All.FirstOrDefault(s => s.Code == state)
            ?? throw Refuse(new ValidationFailure(nameof(request.State), "Choose the Mexican state where you are now."));
        if (!region.CurrentValue.Eligible.Contains(place.Code))
        {
            throw Refuse(new ValidationFailure(
                nameof(request.State),
                "Appointments are only for people who are in central or northern Mexico now, and {0} is outside that area. We are sorry. You can request once you are in one of the states on the list.",
                place.Name(CultureInfo.CurrentUICulture)));
        }

        var coordinates = request is { Latitude: { } lat, Longitude: { } lon } && Region.IsValid(lat, lon) ? (lat, lon) : ((double, double)?)null;
        if (coordinates is { } at && !Region.Contains(at.Item1, at.Item2))
        {
            throw Refuse(new ValidationFailure(
                nameof(request.State),
                "The location your phone gave is outside central and northern Mexico, where appointments are given. You need to be there to request. If you are, check your phone's location and try again."));
        }

        var facts = await mediator.Send(new GetSchedulingFacts(userId), cancellationToken)
            ?? throw new InvalidOperationException($"No account {userId}.");
        var now = clock.GetUtcNow();
        var profile = checkedGate.Profile;
        var entry = new AppointmentRequest
        {
            Id = Guid.CreateVersion7(now),
            Reference = References.New(),
            ApplicantId = userId,
            PortCode = port.Code,
            WindowDate = windowDate,
            RequestedAt = now,
            RegisteredAt = facts.RegisteredAt,
            TravellerCount = profile.TravellerCount,
            TravellerIds = [userId, .. profile.Members.Select(m => m.Id)],
            CurrentState = place.Code,
            LocationChecked = coordinates is not null,
            Status = RequestStatus.Pending,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await PassedOver.CloseForApplicantAsync(db, userId, windowOptions.CurrentValue.Zone, now, cancellationToken);
        db.Requests.Add(entry);
        db.AddIntegrationEvent(new NotificationRequested(
            Guid.CreateVersion7(now),
            now,
            userId,
            NotificationKinds.AppointmentRequested,
            new Dictionary<string, NotificationArgument>
            {
                [NotificationArguments.Port] = NotificationArgument.Of(port.Name),
                [NotificationArguments.DrawAt] = NotificationArgument.Moment(window.DrawAt(windowDate), windowOptions.CurrentValue.TimeZone),
            },
            $"/appointments/requests/{entry.Id}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ux_appointment_requests_one_pending_per_applicant" })
        {
            throw Refuse(new ValidationFailure(RequestField, "You already have a request waiting for its draw. You can see it or withdraw it on your appointments page."));
        }

        return new RequestReceipt(entry.Id, entry.Reference);
    }

    private void RefuseIfBlocked(GateResult result)
    {
        switch (result.Block)
        {
            case RequestBlock.EmailNotConfirmed:
                throw Refuse(new ValidationFailure(RequestField, "Confirm your email address before you request an appointment. We sent you a link; you can ask for a new one on the home page."));
            case RequestBlock.ProfileIncomplete:
                throw Refuse(new ValidationFailure(RequestField, "Your profile is not complete yet. Finish it, with everyone who travels with you, before you request an appointment."));
            case RequestBlock.HasAppointment:
                throw Refuse(new ValidationFailure(RequestField, "You already have an appointment or an offer to confirm. See it on your appointments page."));
            case RequestBlock.AlreadyRequested:
                throw Refuse(new ValidationFailure(RequestField, "You already have a request waiting for its draw. You can see it or withdraw it on your appointments page."));
            case RequestBlock.WindowClosed:
                var options = windowOptions.CurrentValue;
                var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
                throw Refuse(new ValidationFailure(
                    RequestField,
                    "Requests are taken every day from {0} to {1}, {2}. The next window opens on {3}.",
                    options.Opens.ToString("t", CultureInfo.CurrentUICulture),
                    options.Closes.ToString("t", CultureInfo.CurrentUICulture),
                    S[ZonedTimeText.ZoneKey(zone)].Value,
                    ZonedTimeText.Format(S, result.Window.NextOpensAt, options.TimeZone)));
        }
    }

    private static RequestValidationException Refuse(ValidationFailure failure) => new([failure]);
}
