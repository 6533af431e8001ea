using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>
/// An admin suspends the daily draw: the scheduled draw does nothing and applicants cannot request, and are told
/// why in their language. Both reasons are required. False when it was already suspended with these reasons.
/// </summary>
public sealed record SuspendDraw(Guid ActorId, string? ReasonEnglish, string? ReasonSpanish) : IRequest<bool>
{
    public const int ReasonMaximumLength = 300;
}

/// <summary>An admin lifts the suspension; the next scheduled draw runs. False when the draw was not suspended.</summary>
public sealed record LiftDrawSuspension(Guid ActorId) : IRequest<bool>;

/// <summary>Whether the daily draw is suspended now, and why (both languages, for the admin page).</summary>
public sealed record GetDrawSuspension : IRequest<DrawSuspensionView>;

public sealed record DrawSuspensionView(bool Suspended, string ReasonEnglish, string ReasonSpanish);
