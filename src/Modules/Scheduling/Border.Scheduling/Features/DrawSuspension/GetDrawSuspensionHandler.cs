using Border.Scheduling.Contracts;
using Border.Scheduling.Rules;
using MediatR;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.DrawSuspension;

internal sealed class GetDrawSuspensionHandler(IOptionsMonitor<DrawSuspensionOptions> options) : IRequestHandler<GetDrawSuspension, DrawSuspensionView>
{
    public Task<DrawSuspensionView> Handle(GetDrawSuspension request, CancellationToken cancellationToken)
    {
        var current = options.CurrentValue;
        return Task.FromResult(new DrawSuspensionView(current.Suspended, current.ReasonEnglish, current.ReasonSpanish));
    }
}
