using Border.Scheduling.Contracts;
using Border.Scheduling.Rules;
using MediatR;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.Allocation;

internal sealed class GetAllocationRulesHandler(
    IOptionsMonitor<AllocationOptions> schedule, IOptionsMonitor<AllocationSettings> settings, IOptionsMonitor<RequestWindowOptions> window)
    : IRequestHandler<GetAllocationRules, AllocationRules>
{
    public Task<AllocationRules> Handle(GetAllocationRules request, CancellationToken cancellationToken) =>
        Task.FromResult(new AllocationRules(
            schedule.CurrentValue.RunAt,
            window.CurrentValue.TimeZone,
            schedule.CurrentValue.LeadDays,
            settings.CurrentValue.LongestWaitingShare,
            settings.CurrentValue.ConfirmationTime,
            settings.CurrentValue.ReleasedSeatsMinimumDays));
}
