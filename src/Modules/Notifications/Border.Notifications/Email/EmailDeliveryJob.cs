using MediatR;
using Quartz;

namespace Border.Notifications.Email;

/// <summary>Sends the emails that are due. Each email is claimed in the database, so two runs never send one twice.</summary>
[DisallowConcurrentExecution]
internal sealed class EmailDeliveryJob(IMediator mediator) : IJob
{
    public static readonly JobKey Key = new("email-delivery", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await mediator.Send(new Contracts.DeliverEmails(), cancellationToken);
}
