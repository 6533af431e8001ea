using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Scheduling.Contracts;
using Border.Shared.Validation;
using MediatR;
using Border.Shared.Jobs;
using Hangfire;

namespace Border.Notifications.Features.PolicyUpdates;

/// <summary>Saves the update and wakes the fan-out job; the supervisor does not wait for a million rows.</summary>
internal sealed class PublishPolicyUpdateHandler(NotificationsDbContext db, TimeProvider clock, IBackgroundJobClient jobs, IMediator mediator)
    : IRequestHandler<PublishPolicyUpdate, Guid>
{
    public async Task<Guid> Handle(PublishPolicyUpdate request, CancellationToken cancellationToken)
    {
        if (request.Ports is { } chosen)
        {
            var known = (await mediator.Send(new ListPorts(), cancellationToken)).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
            if (!chosen.All(known.Contains))
            {
                throw new RequestValidationException([new ValidationFailure(nameof(request.Ports), "Choose the ports from the list.")]);
            }
        }

        var now = clock.GetUtcNow();
        var update = new PolicyUpdate
        {
            Id = Guid.CreateVersion7(now),
            TitleEnglish = request.TitleEnglish.Trim(),
            BodyEnglish = request.BodyEnglish.Trim(),
            TitleSpanish = request.TitleSpanish.Trim(),
            BodySpanish = request.BodySpanish.Trim(),
            PublishedBy = request.PublishedBy,
            PublishedAt = now,
            Ports = request.Ports is { } ports ? [.. ports.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] : null,
        };
        db.PolicyUpdates.Add(update);
        await db.SaveChangesAsync(cancellationToken);

        // Without this the job's next minute finds it anyway.
        jobs.Enqueue<PolicyFanOutJob>(JobQueues.Bulk, job => job.RunAsync(CancellationToken.None));

        return update.Id;
    }
}
