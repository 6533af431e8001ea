using Border.Cases.Data;
using Border.Cases.Files;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Cases;

public static class CasesModule
{
    /// <summary>Cases' deadline and reminder work are requests (<c>CloseUnansweredCases</c>, <c>SendDocumentReminders</c>) a job sends; no job is registered here.</summary>
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CasesDbContext>(CasesDbContext.Schema);
        services.AddHandlersFrom(typeof(CasesModule).Assembly);
        services.Configure<CasesOptions>(configuration.GetSection(CasesOptions.Section));

        services.AddScoped<ICaseFileContents, EncryptedCaseFileContents>();
        return services;
    }
}
