using Border.Shared.Audit;
using Border.Shared.Platform;
using MediatR;

namespace Border.Shared.Jobs;

/// <summary>
/// What an admin did on the jobs dashboard, for the audit log: the dashboard's own path for the action
/// (such as /recurring/trigger) and the jobs it named. The jobs belong to no module, so the entry goes to platform.
/// </summary>
public sealed record RecordDashboardAction(Guid ActorId, string Action, string Path, IReadOnlyList<string> Jobs) : IRequest;

internal sealed class RecordDashboardActionHandler(PlatformDbContext db, TimeProvider clock) : IRequestHandler<RecordDashboardAction>
{
    public async Task<Unit> Handle(RecordDashboardAction request, CancellationToken cancellationToken)
    {
        db.AddAuditEntry(clock.GetUtcNow(), request.ActorId, null, request.Action, after: new { request.Path, request.Jobs });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
