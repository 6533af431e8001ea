using Border.Cases.Data;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Cases;

public static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddModuleDbContext<CasesDbContext>(CasesDbContext.Schema);
        services.AddHandlersFrom(typeof(CasesModule).Assembly);
        return services;
    }
}
