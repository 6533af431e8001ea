using Border.Scheduling.Contracts;
using Border.Scheduling.Data;

namespace Border.Scheduling.Rules;

/// <summary>
/// What "pending" means in Scheduling: a request still waiting for its draw. A request whose window was drawn is
/// decided even while its stored status still says Pending (see <see cref="PassedOver"/>), so every reader that asks
/// whether a request still waits asks here.
/// </summary>
internal static class Pending
{
    public static IQueryable<AppointmentRequest> Requests(SchedulingDbContext db) =>
        db.Requests.Where(r => r.Status == RequestStatus.Pending && !db.AllocationRuns.Any(run => run.WindowDate == r.WindowDate));
}
