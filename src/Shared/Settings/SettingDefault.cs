using Microsoft.Extensions.DependencyInjection;

namespace Border.Shared.Settings;

/// <summary>
/// A module's default for one setting admins may change, in the form platform.settings stores it (a list
/// comma-separated). The module's options class owns the value; the settings page shows it while nobody set one.
/// </summary>
public sealed record SettingDefault(string Key, string Value);

public static class SettingDefaultRegistration
{
    public static IServiceCollection AddSettingDefault(this IServiceCollection services, string key, string value) =>
        services.AddSingleton(new SettingDefault(key, value));
}
