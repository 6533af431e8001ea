using Border.Scheduling.Data;
using Border.Scheduling.Features.Allocation;
using Border.Scheduling.Features.Confirmation;
using Border.Scheduling.Features.Requests;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Scheduling;

public static class SchedulingModule
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SchedulingDbContext>(SchedulingDbContext.Schema);
        services.AddHandlersFrom(typeof(SchedulingModule).Assembly);
        services.Configure<RequestWindowOptions>(configuration.GetSection(RequestWindowOptions.Section));
        services.Configure<AllocationOptions>(configuration.GetSection(AllocationOptions.Section));
        services.Configure<RegionOptions>(configuration.GetSection(RegionOptions.Section));
        services.Configure<AllocationSettings>(configuration.GetSection(AllocationSettings.Section));
        services.AddScoped<RequestWindow>();
        services.AddScoped<RequestGate>();
        services.AddScoped<OfferSteps>();
        services.AddSingleton<LivePhotoVault>();
        return services;
    }
}
