using Border.Scheduling.Contracts;
using Border.Shared.Settings;
using MediatR;

namespace Border.Scheduling.Features.DrawSuspension;

/// <summary>The reasons are cleared with the flag; the audit entry keeps what they were.</summary>
internal sealed class LiftDrawSuspensionHandler(IMediator mediator) : IRequestHandler<LiftDrawSuspension, bool>
{
    public Task<bool> Handle(LiftDrawSuspension request, CancellationToken cancellationToken) =>
        mediator.Send(
            new ChangeSettings(
                request.ActorId,
                new Dictionary<string, string>
                {
                    [SettingKeys.DrawSuspended] = "false",
                    [SettingKeys.DrawSuspendedReasonEnglish] = "",
                    [SettingKeys.DrawSuspendedReasonSpanish] = "",
                },
                SchedulingAuditActions.AllocationResumed),
            cancellationToken);
}
