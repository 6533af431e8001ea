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
        services.AddScoped<Rules.AssignableOfficers>();
        services.AddSingleton(new HeaderCount(
            Contracts.MessagingHeaderCounts.UnreadConversations,
            "SELECT count(*) FROM messaging.conversations WHERE applicant_id = $1 AND unread_by_applicant",
            HeaderReader.Applicant));

        // The staff header's two counts; $2 is the staff member's home port (null without one, which counts none).
        services.AddSingleton(new HeaderCount(
            Contracts.MessagingHeaderCounts.UnassignedAtHomePort,
            $"SELECT count(*) FROM messaging.conversations WHERE port_code = $2 AND state = {Data.ConversationStateSql.Unassigned}",
            HeaderReader.Staff));
        services.AddSingleton(new HeaderCount(
            Contracts.MessagingHeaderCounts.AssignedToMe,
            $"SELECT count(*) FROM messaging.conversations WHERE assigned_to = $1 AND state = {Data.ConversationStateSql.Assigned}",
            HeaderReader.Staff));
        return services;
    }
}
