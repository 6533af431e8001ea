namespace Border.Shared.Settings;

public static class SettingsAuditActions
{
    /// <summary>Before and after hold the configuration keys that changed and their values.</summary>
    public const string Changed = "settings.changed";
}
