using Border.Scheduling.Data;
using Border.Scheduling.Features.Allocation;
using Border.Scheduling.Features.Confirmation;
using Border.Scheduling.Features.Expiry;
using Border.Scheduling.Features.Requests;
using Border.Scheduling.Jobs;
using Border.Shared.Jobs;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Border.Shared.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

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
        services.AddScoped<RequestWindow>();
        services.AddScoped<RequestGate>();
        services.AddScoped<OfferSteps>();
        services.AddSingleton<LivePhotoVault>();
        services.AddSingleton<SchedulingMappings>();

        var zone = (configuration.GetSection(RequestWindowOptions.Section).Get<RequestWindowOptions>() ?? new()).Zone;
        var cron = configuration.GetSection(AllocationSettings.Section).GetValue("Cron", AllocationSettings.DefaultCron)!;
        services.AddJobs(quartz =>
        {
            quartz.ScheduleJob<AllocationJob>(
                trigger => trigger.WithIdentity(SettingKeys.AllocationTrigger)
                    .WithDescription("The daily draw for the date the lead time ahead")
                    .WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                job => job.WithIdentity(AllocationJob.Key));
            quartz.ScheduleJob<OfferExpiryJob>(
                trigger => trigger.WithIdentity("offer-expiry", "scheduling")
                    .WithDescription("Expires offers past their deadline and tells each person")
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever().MeasureIntervalFromCompletion().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                job => job.WithIdentity(OfferExpiryJob.Key));
            quartz.ScheduleJob<DeadlineReminderJob>(
                trigger => trigger.WithIdentity("deadline-reminder", "scheduling")
                    .WithDescription("Reminds people once when their confirmation deadline is near")
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever().MeasureIntervalFromCompletion().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                job => job.WithIdentity(DeadlineReminderJob.Key));
            quartz.ScheduleJob<PassedOverJob>(
                trigger => trigger.WithIdentity("passed-over", "scheduling")
                    .WithDescription("Closes the requests a draw passed over and tells each person")
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever().MeasureIntervalFromCompletion().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                job => job.WithIdentity(PassedOverJob.Key));
        });
        return services;
    }
}
