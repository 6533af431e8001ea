using System.Reflection;
using Border.Shared.Validation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Shared.Mediator;

public static class MediatorRegistration
{
    /// <summary>MediatR 5 with logging then validation around every request; handlers and validators found by Scrutor.</summary>
    public static IServiceCollection AddBorderMediator(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, MediatR.Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        return services;
    }

    /// <summary>Registers a module's request handlers, event handlers and validators, internal ones included.</summary>
    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(c => c.AssignableToAny(typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IRequestValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        return services;
    }
}
