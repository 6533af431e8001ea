using MediatR;

namespace Border.Shared.Settings;

/// <summary>The settings in effect on this node. AllocationCron is the draw trigger's actual schedule.</summary>
public sealed record GetSettings : IRequest<CurrentSettings>;

/// <param name="AllocationCron">The trigger's cron; when it is not one time every day, <see cref="BorderSettings.AllocationAt"/> is the RunAt setting.</param>
public sealed record CurrentSettings(BorderSettings Settings, string? AllocationCron, string TimeZone);
