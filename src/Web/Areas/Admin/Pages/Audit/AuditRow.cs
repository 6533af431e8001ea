using System.Text.Encodings.Web;
using System.Text.Json;
using Border.Accounts.Contracts;
using Border.Shared.Audit.Reading;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin.Pages.Audit;

/// <summary>An audit entry with the people it names as a reader knows them, and where to read more about them.</summary>
public sealed record AuditRow(LoggedAction Logged, string Actor, string? ActorLink, string? Subject, string? SubjectLink)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Names every actor and subject of the batch with one question to Accounts.</summary>
    public static async Task<IReadOnlyList<AuditRow>> NameAsync(
        IMediator mediator, IReadOnlyList<LoggedAction> batch, IStringLocalizer S, CancellationToken cancellationToken)
    {
        var ids = batch.SelectMany(a => new[] { a.Entry.ActorId, a.Entry.SubjectId ?? Guid.Empty })
            .Where(id => id != Guid.Empty)
            .ToHashSet();
        var people = (await mediator.Send(new GetPeople(ids), cancellationToken)).ToDictionary(p => p.UserId);
        return
        [
            .. batch.Select(a => new AuditRow(
                a,
                a.Entry.ActorId == Guid.Empty ? "Border" : Label(a.Entry.ActorId, people, S),
                a.Entry.ActorId == Guid.Empty ? null : Link(a.Entry.ActorId, people),
                a.Entry.SubjectId is { } subject ? Label(subject, people, S) : null,
                a.Entry.SubjectId is { } linked ? Link(linked, people) : null)),
        ];
    }

    /// <summary>The JSON as a person reads it: indented, accents as they are.</summary>
    public static string Readable(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, Indented);
    }

    private static string Label(Guid id, Dictionary<Guid, PersonLabel> people, IStringLocalizer S) =>
        people.GetValueOrDefault(id) switch
        {
            null => id.ToString(),
            { IsClosed: true } => S["Closed account"],
            { FullName: { Length: > 0 } name, Email: { } email } => $"{name} ({email})",
            { Email: { } email } => email,
            _ => id.ToString(),
        };

    /// <summary>An applicant's profile in the lookup (opening it is audited there), a staff member's account page.</summary>
    private static string? Link(Guid id, Dictionary<Guid, PersonLabel> people) =>
        people.GetValueOrDefault(id) switch
        {
            null or { IsClosed: true } => null,
            { IsApplicant: true } => $"/staff/applicants/{id}",
            _ => $"/admin/accounts/{id}",
        };
}
