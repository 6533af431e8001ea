using Border.Notifications.Data;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddModuleDbContext<NotificationsDbContext>(NotificationsDbContext.Schema);
        services.AddHandlersFrom(typeof(NotificationsModule).Assembly);
        return services;
    }
}
