using Border.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Shared.Settings;

public static class SettingsRegistration
{
    /// <summary>
    /// Adds platform.settings as the last configuration source, so an admin's value outranks appsettings and
    /// the environment. Call before the modules bind their options. Settings:PollSeconds (default 5) is how
    /// soon the other nodes see a change.
    /// </summary>
    public static IServiceCollection AddBorderSettings(this IServiceCollection services, IConfigurationManager configuration)
    {
        var poll = TimeSpan.FromSeconds(configuration.GetValue("Settings:PollSeconds", 5));
        var source = new DatabaseSettingsSource(BorderDatabase.ConnectionString(configuration), poll);
        configuration.Sources.Add(source);
        services.AddSingleton(new SettingsReloader(source));
        return services;
    }
}
