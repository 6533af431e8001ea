using Microsoft.Extensions.Configuration;

namespace Border.Shared.Settings;

/// <summary>A setting's value in effect: the configuration's (an admin's row outranks the rest), else its module's default.</summary>
public sealed class SettingValues(IConfiguration configuration, IEnumerable<SettingDefault> defaults)
{
    private readonly Dictionary<string, string> known = defaults.ToDictionary(d => d.Key, d => d.Value, StringComparer.OrdinalIgnoreCase);

    public string this[string key] => configuration[key] ?? known.GetValueOrDefault(key)
        ?? throw new InvalidOperationException($"No module registers a default for the setting {key}.");

    /// <summary>A list setting: the configuration's array, else the default's comma-separated items.</summary>
    public IReadOnlyList<string> List(string key) =>
        configuration.GetSection(key).Get<string[]>() is { Length: > 0 } set ? set : this[key].Split(',', StringSplitOptions.RemoveEmptyEntries);
}
