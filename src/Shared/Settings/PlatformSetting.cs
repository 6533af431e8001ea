namespace Border.Shared.Settings;

/// <summary>A value an admin set on /admin/settings; it overrides appsettings on every node (see <see cref="DatabaseSettingsProvider"/>).</summary>
internal sealed class PlatformSetting
{
    public required string Key { get; init; }

    public required string Value { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public Guid ChangedBy { get; set; }
}
