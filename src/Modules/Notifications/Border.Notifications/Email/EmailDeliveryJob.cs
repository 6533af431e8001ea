using MediatR;

namespace Border.Notifications.Email;

/// <summary>
/// Sends the emails that are due. Enqueued as soon as an email is queued, and swept every minute for retries.
/// Each email is claimed in the database before a word goes out, so two runs (or two nodes) never send one twice.
/// </summary>
internal sealed class EmailDeliveryJob(IMediator mediator)
{
    public const string Id = "email-delivery";

    [Hangfire.AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => mediator.Send(new Contracts.DeliverEmails(), cancellationToken);
}
