using Border.Messaging.Data;
using Border.Shared.Layout;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Messaging;

public static class MessagingModule
{
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<MessagingDbContext>(MessagingDbContext.Schema);
        services.AddHandlersFrom(typeof(MessagingModule).Assembly);
        services.Configure<MessagingOptions>(configuration.GetSection(MessagingOptions.Section));
        services.AddScoped<Rules.Attachments>();
        services.AddScoped<Rules.OfficerLabels>();
        services.AddSingleton(new HeaderCount(
            Contracts.MessagingHeaderCounts.UnreadConversations,
            "SELECT count(*) FROM messaging.conversations WHERE applicant_id = $1 AND unread_by_applicant"));
        return services;
    }
}
