using Border.Shared.Persistence;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Shared.Jobs;

public static class JobsRegistration
{
    /// <summary>
    /// Hangfire on Border's PostgreSQL (schema hangfire), after every module has added its jobs. The storage, the
    /// activator and the filters belong to this host, not to Hangfire's static globals, so two hosts in one process
    /// (the tests' two nodes) each have their own. With Scheduler:Enabled every node runs three Hangfire servers,
    /// one per queue group (<see cref="JobQueues"/>).
    /// </summary>
    public static IServiceCollection AddBorderJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = HangfireDatabase.Schema,
            PrepareSchemaIfNecessary = options.PrepareSchema,
            InvisibilityTimeout = options.InvisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = options.QueuePollInterval,
            EnableLongPolling = true,
        };
        var connectionString = BorderDatabase.ConnectionString(configuration);
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        var filters = new JobFilterCollection { new KeepSucceededFilter(options.KeepSucceeded) };
        services.AddSingleton<IJobFilterProvider>(new JobFilterProviderCollection(JobFilterProviders.Providers, filters));
        services.AddHangfire((provider, global) => global
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>())));
        services.AddSingleton<RecurringJobs>();
        services.AddHostedService<RecurringJobsSetup>();
        services.AddSingleton<IModuleDatabase, HangfireDatabase>();
        if (options.Enabled)
        {
            AddServer(services, "scheduling", [JobQueues.Scheduling], options.SchedulingWorkers, options);
            AddServer(services, "email", [JobQueues.Email], options.EmailWorkers, options);
            AddServer(services, "bulk", [JobQueues.Bulk, JobQueues.Default], options.BulkWorkers, options);
        }

        return services;
    }

    private static void AddServer(IServiceCollection services, string name, string[] queues, int workers, SchedulerOptions options) =>
        services.AddHangfireServer((_, server) =>
        {
            server.ServerName = $"{options.NodeName}-{name}";
            server.Queues = queues;
            server.WorkerCount = Math.Max(1, workers);
            server.SchedulePollingInterval = options.SchedulePollingInterval;
        });
}
