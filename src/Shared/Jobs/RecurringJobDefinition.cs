using System.Linq.Expressions;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Shared.Jobs;

/// <summary>When a recurring job runs: a cron in a time zone (Hangfire evaluates it there, clock changes included).</summary>
public sealed record RecurringSchedule(string Cron, TimeZoneInfo TimeZone)
{
    public static RecurringSchedule Utc(string cron) => new(cron, TimeZoneInfo.Utc);
}

/// <summary>
/// One module's recurring job. Its schedule is read from the current options each time it is applied (at start
/// and when an admin saves settings), so a configured time never needs a copy of its own.
/// </summary>
public sealed record RecurringJobDefinition(string Id, Job Job, Func<IServiceProvider, RecurringSchedule> Schedule);

public static class RecurringJobRegistration
{
    /// <summary>Adds a recurring job: <paramref name="call"/> is the job's method, run in a DI scope on <paramref name="queue"/>.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(
        this IServiceCollection services,
        string id,
        string queue,
        Expression<Func<TJob, Task>> call,
        Func<IServiceProvider, RecurringSchedule> schedule) =>
        services.AddSingleton(new RecurringJobDefinition(id, Job.FromExpression(call, queue), schedule));
}
