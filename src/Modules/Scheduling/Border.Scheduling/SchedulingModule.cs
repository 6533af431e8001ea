using Border.Scheduling.Data;
using Border.Scheduling.Features.Allocation;
using Border.Scheduling.Features.Confirmation;
using Border.Scheduling.Rules;
using Border.Scheduling.Features.Expiry;
using Border.Scheduling.Features.Requests;
using Border.Scheduling.Jobs;
using Border.Shared.Jobs;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Border.Shared.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Border.Scheduling;

public static class SchedulingModule
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SchedulingDbContext>(SchedulingDbContext.Schema);
        services.AddSchedulingSettingDefaults();
        services.AddHandlersFrom(typeof(SchedulingModule).Assembly);
        services.Configure<RequestWindowOptions>(configuration.GetSection(RequestWindowOptions.Section));
        services.Configure<AllocationOptions>(configuration.GetSection(AllocationOptions.Section));
        services.Configure<RegionOptions>(configuration.GetSection(RegionOptions.Section));
        services.Configure<AllocationSettings>(configuration.GetSection(AllocationSettings.Section));
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.Configure<DrawSuspensionOptions>(configuration.GetSection(DrawSuspensionOptions.Section));
        services.AddScoped<RequestWindow>();
        services.AddScoped<RequestGate>();
        services.AddScoped<OfferSteps>();
        services.AddSingleton<LivePhotoVault>();
        services.AddSingleton<SchedulingMappings>();

        services.AddRecurringJob<AllocationJob>(AllocationJob.Id, JobQueues.Scheduling, job => job.RunAsync(CancellationToken.None), DrawSchedule);
        services.AddRecurringJob<OfferExpiryJob>(OfferExpiryJob.Id, JobQueues.Scheduling, job => job.RunAsync(CancellationToken.None), EveryMinute);
        services.AddRecurringJob<DeadlineReminderJob>(DeadlineReminderJob.Id, JobQueues.Scheduling, job => job.RunAsync(CancellationToken.None), EveryMinute);
        services.AddRecurringJob<PassedOverJob>(PassedOverJob.Id, JobQueues.Scheduling, job => job.RunAsync(CancellationToken.None), EveryMinute);
        return services;
    }

    private static RecurringSchedule EveryMinute(IServiceProvider _) => RecurringSchedule.Utc("* * * * *");

    /// <summary>Every day at RunAt in the request window's zone: /admin/settings changes RunAt and applies it again.</summary>
    private static RecurringSchedule DrawSchedule(IServiceProvider services)
    {
        var runAt = services.GetRequiredService<IOptionsMonitor<AllocationOptions>>().CurrentValue.RunAt;
        var zone = services.GetRequiredService<IOptionsMonitor<RequestWindowOptions>>().CurrentValue.TimeZone;
        return new RecurringSchedule($"{runAt.Minute} {runAt.Hour} * * *", TimeZoneInfo.FindSystemTimeZoneById(zone));
    }
}
