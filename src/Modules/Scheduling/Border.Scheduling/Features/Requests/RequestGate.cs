using System.Globalization;
using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.Requests;

/// <summary>What stands between an applicant and a new request, checked the same way for the page and the request.</summary>
internal sealed class RequestGate(
    SchedulingDbContext db, IMediator mediator, RequestWindow window, TimeProvider clock, IOptionsMonitor<DrawSuspensionOptions> suspension)
{
    public async Task<GateResult> CheckAsync(Guid userId, CancellationToken cancellationToken)
    {
        var profile = await mediator.Send(new GetProfile(userId), cancellationToken);
        var now = window.Now();
        var pending = await Pending.Requests(db).AsNoTracking()
            .Where(r => r.ApplicantId == userId)
            .Select(r => r.Reference)
            .FirstOrDefaultAsync(cancellationToken);
        var block =
            !profile.EmailConfirmed ? RequestBlock.EmailNotConfirmed
            : !profile.Complete ? RequestBlock.ProfileIncomplete
            : await db.Appointments.Where(a => a.ApplicantId == userId).AnyAsync(AppointmentRules.Live(clock.GetUtcNow()), cancellationToken)
                ? RequestBlock.HasAppointment
            : pending is not null ? RequestBlock.AlreadyRequested
            : suspension.CurrentValue.Suspended ? RequestBlock.DrawSuspended
            : !now.Open ? RequestBlock.WindowClosed
            : RequestBlock.None;
        return new GateResult(block, profile, now, pending, suspension.CurrentValue.ReasonFor(CultureInfo.CurrentUICulture));
    }

    /// <summary>Ports closed, or with no seats, on the date a window's draw fills, with the reason.</summary>
    public async Task<Dictionary<string, string?>> ClosedPortsAsync(DateOnly appointmentDate, CancellationToken cancellationToken) =>
        await db.PortDays.AsNoTracking()
            .Where(d => d.Date == appointmentDate && (d.Closed || d.Capacity == 0))
            .ToDictionaryAsync(d => d.PortCode, d => d.ClosedReason, cancellationToken);
}

/// <param name="DrawSuspendedReason">While the draw is suspended, why, in the reader's language.</param>
internal sealed record GateResult(RequestBlock Block, ProfileView Profile, RequestWindowView Window, string? PendingReference, string? DrawSuspendedReason);
