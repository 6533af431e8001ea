using Border.Shared.Jobs;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Logging;

namespace Border.Notifications.Email;

/// <summary>
/// Enqueues a delivery run once an email has been committed, so it leaves within seconds rather than at the next
/// sweep. A run still waiting in the queue has not claimed anything yet and will find the new email too, so no
/// second one is enqueued behind it: a burst of a thousand emails makes a handful of runs, not a thousand.
/// </summary>
internal sealed partial class EmailDeliveryKick(IBackgroundJobClient client, JobStorage storage, ILogger<EmailDeliveryKick> logger)
{
    private string? waiting;

    public void Kick()
    {
        try
        {
            if (Volatile.Read(ref waiting) is { } id && StillEnqueued(id))
            {
                return;
            }

            Volatile.Write(ref waiting, client.Enqueue<EmailDeliveryJob>(JobQueues.Email, job => job.RunAsync(CancellationToken.None)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The email is committed; the sweep sends it within a minute.
            LogNotEnqueued(logger, e);
        }
    }

    private bool StillEnqueued(string id)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(id)?.Name == EnqueuedState.StateName;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue email delivery; the next sweep sends the email")]
    private static partial void LogNotEnqueued(ILogger logger, Exception exception);
}
