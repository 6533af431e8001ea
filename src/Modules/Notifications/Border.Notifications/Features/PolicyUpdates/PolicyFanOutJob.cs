using MediatR;

namespace Border.Notifications.Features.PolicyUpdates;

/// <summary>Carries published policy updates to their people. Resumable: each page commits its own cursor.</summary>
internal sealed class PolicyFanOutJob(IMediator mediator)
{
    public const string Id = "policy-fan-out";

    public Task<int> RunAsync(CancellationToken cancellationToken) => mediator.Send(new Contracts.FanOutPolicyUpdates(), cancellationToken);
}
