using Border.Cases.Data;
using Border.Cases.Files;
using Border.Cases.Jobs;
using Border.Shared.Jobs;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Cases;

public static class CasesModule
{
    /// <summary>Deadlines, reminders and the hand-back of unattended answers run every minute as thin jobs sending <c>CloseUnansweredCases</c>,
    /// <c>SendDocumentReminders</c> and <c>ReturnUnattendedAnswers</c>.</summary>
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CasesDbContext>(CasesDbContext.Schema);
        services.AddHandlersFrom(typeof(CasesModule).Assembly);
        services.Configure<CasesOptions>(configuration.GetSection(CasesOptions.Section));

        services.AddScoped<ICaseFileContents, EncryptedCaseFileContents>();
        services.AddRecurringJob<CloseUnansweredCasesJob>(CloseUnansweredCasesJob.Id, JobQueues.Default, job => job.RunAsync(CancellationToken.None), EveryMinute);
        services.AddRecurringJob<DocumentRemindersJob>(DocumentRemindersJob.Id, JobQueues.Default, job => job.RunAsync(CancellationToken.None), EveryMinute);
        services.AddRecurringJob<ReturnUnattendedAnswersJob>(ReturnUnattendedAnswersJob.Id, JobQueues.Default, job => job.RunAsync(CancellationToken.None), EveryMinute);
        return services;
    }

    private static RecurringSchedule EveryMinute(IServiceProvider _) => RecurringSchedule.Utc("* * * * *");
}
