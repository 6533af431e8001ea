using Border.Scheduling.Contracts;
using Border.Shared.Settings;
using MediatR;

namespace Border.Scheduling.Features.DrawSuspension;

/// <summary>The suspension is three settings rows, written and audited together by the settings store.</summary>
internal sealed class SuspendDrawHandler(IMediator mediator) : IRequestHandler<SuspendDraw, bool>
{
    public Task<bool> Handle(SuspendDraw request, CancellationToken cancellationToken) =>
        mediator.Send(
            new ChangeSettings(
                request.ActorId,
                new Dictionary<string, string>
                {
                    [SettingKeys.DrawSuspended] = "true",
                    [SettingKeys.DrawSuspendedReasonEnglish] = request.ReasonEnglish!.Trim(),
                    [SettingKeys.DrawSuspendedReasonSpanish] = request.ReasonSpanish!.Trim(),
                },
                SchedulingAuditActions.AllocationSuspended),
            cancellationToken);
}
