using System.Reflection;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Border.Shared.Outbox;

/// <summary>
/// Publishes one module's pending outbox events through MediatR, at least once. Rows are locked with
/// SKIP LOCKED so several web nodes can dispatch side by side without taking the same event; a crash
/// after publishing and before commit redelivers, which the receivers' inboxes turn into a no-op.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IntegrationEventRegistry events,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : IOutboxDispatcher
    where TContext : DbContext
{
    private static readonly MethodInfo PublishMethod = typeof(IMediator).GetMethod(nameof(IMediator.Publish))!;

    public string Schema => field ??= ResolveSchema(scopes);

    // The schema comes from the module's own model, never from input.
    private string PendingSql => field ??= $$"""
        SELECT * FROM "{{Schema}}".outbox_messages
        WHERE processed_at IS NULL AND attempts < {0} AND (next_attempt_at IS NULL OR next_attempt_at <= now())
        ORDER BY occurred_at
        LIMIT {1}
        FOR UPDATE SKIP LOCKED
        """;

    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var settings = options.Value;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.Set<OutboxMessage>()
            .FromSqlRaw(PendingSql, settings.MaxAttempts, settings.BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var message in batch)
        {
            await DeliverAsync(mediator, message, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    private async Task DeliverAsync(IMediator mediator, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var integrationEvent = IntegrationEventSerializer.Deserialize(events.TypeFor(message.Type), message.Payload);
            var publish = PublishMethod.MakeGenericMethod(integrationEvent.GetType());
            await (Task)publish.Invoke(mediator, [integrationEvent, cancellationToken])!;
            message.ProcessedAt = clock.GetUtcNow();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            message.Attempts++;
            message.LastError = error.ToString()[..Math.Min(4000, error.ToString().Length)];
            message.NextAttemptAt = clock.GetUtcNow() + Backoff(message.Attempts);
            logger.LogError(error, "Delivering outbox event {EventId} ({Type}) failed, attempt {Attempt}",
                message.Id, message.Type, message.Attempts);
        }
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, attempts)));

    private static string ResolveSchema(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<TContext>().Model.GetDefaultSchema()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no default schema.");
    }
}
