using Border.Shared.Jobs.Dashboard.Changes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Border.Shared.Jobs;

internal static class SchedulerRegistration
{
    public const string SchedulerName = "Border";

    /// <summary>
    /// One Quartz scheduler on PostgreSQL: clustered (every web node runs one, each job fires on one node),
    /// execution history (with what each run logged) kept in the database, tables created when missing;
    /// schedules admins changed on the jobs dashboard put back after each start.
    /// </summary>
    public static IServiceCollection AddBorderScheduler(
        this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var options = configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        var registrations = JobRegistrationExtensions.Registrations(services);
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                scheduler.GenerateInstanceId = true;
            });
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseSystemTextJsonSerializer();
                store.UseClustering();
                store.UseExecutionHistory();
                store.ProvisionSchema();
            });

            // What a job logs while it runs, a failure's stack trace included, is kept with its history row.
            quartz.UseExecutionLogCapture();
            foreach (var registration in registrations.All)
            {
                registration(quartz);
            }
        });
        services.AddQuartzHostedService(hosted =>
        {
            hosted.WaitForJobsToComplete = true;
            hosted.AutoStart = options.Enabled;
        });
        services.AddHostedService<ScheduleOverridesService>();
        return services;
    }
}
