using Border.Shared.DataProtection;
using Border.Shared.Jobs;
using Border.Shared.Mediator;
using Border.Shared.Outbox;
using Border.Shared.Persistence;
using Border.Shared.Settings;
using Border.Shared.Snapshots;
using Border.Shared.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Border.Shared;

public static class PlatformRegistration
{
    /// <summary>
    /// The plumbing every module stands on: one PostgreSQL data source, the clock, MediatR, the outbox
    /// dispatcher and Data Protection keys in the database. Call before the modules.
    /// </summary>
    public static IServiceCollection AddBorderPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = BorderDatabase.ConnectionString(configuration);
        services.AddSingleton(TimeProvider.System);
        // Hosts without the settings source (module tests) reload nothing; AddBorderSettings registers the real one first.
        services.TryAddSingleton(new SettingsReloader(null));
        services.TryAddSingleton<SettingValues>();
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<PersonSnapshots>();
        services.TryAddSingleton(provider => IntegrationEventRegistry.FromContractsOf(
            provider.GetServices<ModuleAssembly>().Select(m => m.Assembly)));
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddHostedService<OutboxDispatchService>();
        services.AddBorderMediator();
        services.AddHandlersFrom(typeof(PlatformRegistration).Assembly);
        services.AddPostgresDataProtection(configuration);
        services.AddRecurringJob<OutboxCleanupJob>(
            OutboxCleanupJob.Id, JobQueues.Default, job => job.RunAsync(CancellationToken.None), _ => RecurringSchedule.Utc("30 3 * * *"));
        services.Configure<UploadOptions>(configuration.GetSection(UploadOptions.Section));
        services.AddSingleton<UploadService>();
        return services;
    }
}
