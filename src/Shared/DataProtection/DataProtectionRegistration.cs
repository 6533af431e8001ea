using Border.Shared.Platform;
using Border.Shared.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Border.Shared.DataProtection;

internal static class DataProtectionRegistration
{
    public static IServiceCollection AddPostgresDataProtection(this IServiceCollection services)
    {
        services.AddModuleDbContext<PlatformDbContext>(PlatformDbContext.Schema, hasOutbox: false);
        services.AddDataProtection().SetApplicationName("Border");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new PostgresXmlRepository(provider.GetRequiredService<IServiceScopeFactory>())));
        return services;
    }
}
