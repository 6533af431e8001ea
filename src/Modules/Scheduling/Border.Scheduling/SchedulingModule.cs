using Border.Scheduling.Data;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Scheduling;

public static class SchedulingModule
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddModuleDbContext<SchedulingDbContext>(SchedulingDbContext.Schema);
        services.AddHandlersFrom(typeof(SchedulingModule).Assembly);
        return services;
    }
}
