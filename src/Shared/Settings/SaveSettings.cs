using MediatR;

namespace Border.Shared.Settings;

/// <summary>An admin's new settings, all at once as the page sends them; only what changed is written and audited.</summary>
public sealed record SaveSettings(Guid ActorId, BorderSettings Settings) : IRequest<SaveSettingsResult>;

public enum SaveSettingsResult
{
    Saved,
    NothingChanged,
}
