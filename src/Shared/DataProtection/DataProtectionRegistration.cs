using Border.Shared.Platform;
using Border.Shared.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Border.Shared.DataProtection;

internal static class DataProtectionRegistration
{
    public static IServiceCollection AddPostgresDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PlatformDbContext>(PlatformDbContext.Schema, hasOutbox: false);
        var protection = services.AddDataProtection().SetApplicationName("Border");
        var certificate = new KeyRingCertificate(configuration);
        services.AddSingleton(certificate);
        // New keys are written encrypted; without the certificate a node cannot read them (StartupTasks refuses to start).
        if (certificate.Certificate is { } key)
        {
            protection.ProtectKeysWithCertificate(key);
        }

        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new PostgresXmlRepository(provider.GetRequiredService<IServiceScopeFactory>())));
        return services;
    }
}
