using Border.Notifications.Contracts;
using Border.Notifications.Email;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Border.Notifications.Features.DeliverEmails;

internal sealed class DeliverEmailsHandler(
    EmailQueue queue,
    IEmailTransport transport,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<EmailOptions> options) : IRequestHandler<Contracts.DeliverEmails, int>
{
    public async Task<int> Handle(Contracts.DeliverEmails request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await queue.GiveUpOnAbandonedAsync(now, cancellationToken);
        await queue.GiveUpOnOldAsync(now - options.Value.GiveUpAfter, cancellationToken);
        if (!await transport.IsReachableAsync(cancellationToken))
        {
            // Nothing is claimed while the server is down, so nothing waits longer than it must once it is back.
            return 0;
        }

        var stopAt = now + options.Value.RunBudget;
        var senders = Enumerable.Range(0, Math.Max(1, options.Value.Concurrency)).Select(async _ =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<EmailDelivery>().RunAsync(stopAt, cancellationToken);
        });
        return (await Task.WhenAll(senders)).Sum();
    }
}
