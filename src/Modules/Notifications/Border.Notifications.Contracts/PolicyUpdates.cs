using MediatR;

namespace Border.Notifications.Contracts;

/// <summary>
/// A supervisor tells applicants about a change of rules, in both languages: every applicant, or (with
/// <paramref name="Ports"/>) those with a request or appointment at those ports when it is sent. Returns at once
/// with the update's id; reaching the people happens in the background.
/// </summary>
public sealed record PublishPolicyUpdate(
    Guid PublishedBy, string TitleEnglish, string BodyEnglish, string TitleSpanish, string BodySpanish, IReadOnlyList<string>? Ports = null)
    : IRequest<Guid>
{
    public const int TitleMaxLength = 120;

    public const int BodyMaxLength = 4000;
}

/// <summary>Published updates, newest first, with how far each has reached.</summary>
public sealed record ListPolicyUpdates(int Page) : IRequest<PolicyUpdatePage>
{
    public const int PageSize = 20;
}

public sealed record PolicyUpdatePage(IReadOnlyList<PolicyUpdateSummary> Items, int Page, int TotalPages);

public sealed record PolicyUpdateSummary
{
    public Guid Id { get; init; }

    public required string Title { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public int Reached { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Null when it went to every applicant.</summary>
    public IReadOnlyList<string>? Ports { get; init; }
}

/// <summary>A job's request: reach the next people for every update still on its way. Safe to run twice.</summary>
public sealed record FanOutPolicyUpdates : IRequest<int>;

/// <summary>One published update in the reader's language; null when there is no such update.</summary>
public sealed record GetPolicyUpdate(Guid Id) : IRequest<PolicyUpdateView?>;

public sealed record PolicyUpdateView
{
    public Guid Id { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset PublishedAt { get; init; }
}
