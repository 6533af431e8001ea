using MediatR;
using Quartz;

namespace Border.Notifications.Features.PolicyUpdates;

/// <summary>Carries published policy updates to their people. Resumable: each page commits its own progress.</summary>
[DisallowConcurrentExecution]
internal sealed class PolicyFanOutJob(IMediator mediator) : IJob
{
    public static readonly JobKey Key = new("policy-fan-out", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await mediator.Send(new Contracts.FanOutPolicyUpdates(), cancellationToken);
}
