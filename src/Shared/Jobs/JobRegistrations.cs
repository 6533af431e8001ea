using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Border.Shared.Jobs;

/// <summary>Collects each module's jobs so one scheduler, configured once, carries them all.</summary>
public sealed class JobRegistrations
{
    private readonly List<Action<IQuartzBuilder>> registrations = [];

    internal IReadOnlyList<Action<IQuartzBuilder>> All => registrations;

    internal void Add(Action<IQuartzBuilder> registration) => registrations.Add(registration);
}

public static class JobRegistrationExtensions
{
    public static IServiceCollection AddJobs(this IServiceCollection services, Action<IQuartzBuilder> registration)
    {
        Registrations(services).Add(registration);
        return services;
    }

    internal static JobRegistrations Registrations(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(JobRegistrations))?.ImplementationInstance;
        if (existing is JobRegistrations registrations)
        {
            return registrations;
        }

        registrations = new JobRegistrations();
        services.AddSingleton(registrations);
        return registrations;
    }
}
