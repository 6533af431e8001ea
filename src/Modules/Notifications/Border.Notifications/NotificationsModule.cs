using Border.Notifications.Data;
using Border.Notifications.Email;
using Border.Notifications.Features.PolicyUpdates;
using Border.Notifications.Templates;
using Border.Shared.Jobs;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Border.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NotificationsDbContext>(NotificationsDbContext.Schema);
        services.AddHandlersFrom(typeof(NotificationsModule).Assembly);
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.Configure<PolicyFanOutOptions>(configuration.GetSection(PolicyFanOutOptions.Section));
        services.AddSingleton<NotificationRenderer>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<IEmailTransport, SmtpEmailTransport>();
        services.AddScoped<EmailQueue>();
        services.AddScoped<EmailDelivery>();
        services.AddSingleton(new Shared.Layout.HeaderCount(
            Contracts.HeaderCounts.UnreadNotifications,
            "SELECT count(*) FROM notifications.notifications WHERE recipient_id = $1 AND in_inbox AND read_at IS NULL"));

        var poll = configuration.GetSection(EmailOptions.Section).GetValue("PollInterval", TimeSpan.FromSeconds(10));
        services.AddJobs(quartz =>
        {
            quartz.ScheduleJob<EmailDeliveryJob>(
                trigger => trigger.WithIdentity("email-delivery", "notifications")
                    .WithDescription("Sends due emails over SMTP, with retries and back-off")
                    .WithSimpleSchedule(s => s.WithInterval(poll).RepeatForever().MeasureIntervalFromCompletion().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                job => job.WithIdentity(EmailDeliveryJob.Key));
            quartz.ScheduleJob<PolicyFanOutJob>(
                trigger => trigger.WithIdentity("policy-fan-out", "notifications")
                    .WithDescription("Carries published policy updates to every applicant's inbox and email")
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(30)).RepeatForever().MeasureIntervalFromCompletion().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                job => job.WithIdentity(PolicyFanOutJob.Key));
        });
        return services;
    }
}
