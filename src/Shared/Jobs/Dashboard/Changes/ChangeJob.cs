using MediatR;

namespace Border.Shared.Jobs.Dashboard.Changes;

/// <summary>
/// An admin's change to the scheduler, audited: run a job now (Group/Name name the job), or pause, resume or
/// reschedule a trigger (Group/Name name the trigger; Cron is the new schedule). False when there is no such job or trigger.
/// </summary>
public sealed record ChangeJob(Guid ActorId, JobChange Change, string Group, string Name, string? Cron = null) : IRequest<bool>;

public enum JobChange
{
    RunNow,
    Pause,
    Resume,
    Reschedule,
}
