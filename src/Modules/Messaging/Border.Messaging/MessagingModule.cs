using Border.Messaging.Data;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Messaging;

public static class MessagingModule
{
    public static IServiceCollection AddMessaging(this IServiceCollection services)
    {
        services.AddModuleDbContext<MessagingDbContext>(MessagingDbContext.Schema);
        services.AddHandlersFrom(typeof(MessagingModule).Assembly);
        return services;
    }
}
