using Border.Notifications.Data;
using Border.Notifications.Email;
using Border.Notifications.Features.PolicyUpdates;
using Border.Notifications.Templates;
using Border.Shared.Jobs;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddSingleton<NotificationsMappings>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<IEmailTransport, SmtpEmailTransport>();
        services.AddScoped<EmailQueue>();
        services.AddScoped<EmailDelivery>();
        services.AddSingleton(new Shared.Layout.HeaderCount(
            Contracts.HeaderCounts.UnreadNotifications,
            "SELECT count(*) FROM notifications.notifications WHERE recipient_id = $1 AND in_inbox AND read_at IS NULL"));

        services.AddSingleton<EmailDeliveryKick>();
        services.AddRecurringJob<EmailDeliveryJob>(
            EmailDeliveryJob.Id, JobQueues.Email, job => job.RunAsync(CancellationToken.None), _ => RecurringSchedule.Utc("* * * * *"));
        services.AddRecurringJob<PolicyFanOutJob>(
            PolicyFanOutJob.Id, JobQueues.Bulk, job => job.RunAsync(CancellationToken.None), _ => RecurringSchedule.Utc("* * * * *"));
        return services;
    }
}
