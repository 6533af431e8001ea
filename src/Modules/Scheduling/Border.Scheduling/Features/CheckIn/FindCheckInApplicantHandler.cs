using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.CheckIn;

internal sealed class FindCheckInApplicantHandler(SchedulingDbContext db) : IRequestHandler<FindCheckInApplicant, Guid?>
{
    public async Task<Guid?> Handle(FindCheckInApplicant request, CancellationToken cancellationToken) =>
        await db.Appointments.AsNoTracking()
            .Where(a => a.Id == request.AppointmentId && a.ConfirmationNumber != null && AppointmentRules.Confirmed.Contains(a.Status))
            .Select(a => (Guid?)a.ApplicantId)
            .SingleOrDefaultAsync(cancellationToken);
}
