using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.CheckIn;

/// <summary>Finds an appointment by its confirmation number; the search is audited, as the applicant lookup's is.</summary>
internal sealed class FindAppointmentByNumberHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<FindAppointmentByNumber, CheckInSearch>
{
    public async Task<CheckInSearch> Handle(FindAppointmentByNumber request, CancellationToken cancellationToken)
    {
        var number = ConfirmationNumbers.Normalize(request.Number);
        var match = number is null ? null : await db.Appointments.AsNoTracking()
            .Where(a => a.ConfirmationNumber == number)
            .Select(a => new { a.Id, a.ApplicantId, a.Status })
            .SingleOrDefaultAsync(cancellationToken);
        var search = match switch
        {
            null => new CheckInSearch(CheckInSearchResult.NotFound, number, null, null),
            _ when AppointmentRules.Confirmed.Contains(match.Status) => new CheckInSearch(CheckInSearchResult.Found, number, match.Id, match.Status),
            _ => new CheckInSearch(CheckInSearchResult.NotConfirmed, number, null, match.Status),
        };

        db.AddAuditEntry(clock.GetUtcNow(), request.StaffId, match?.ApplicantId, SchedulingAuditActions.CheckInSearched,
            after: new { query = request.Number is { Length: > 100 } typed ? typed[..100] : request.Number, number, result = search.Result.ToString(), appointmentId = match?.Id });
        await db.SaveChangesAsync(cancellationToken);
        return search;
    }
}
