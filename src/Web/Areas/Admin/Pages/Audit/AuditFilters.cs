using Border.Accounts.Contracts;
using Border.Shared.Audit.Reading;
using Border.Web.Forms;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin.Pages.Audit;

/// <summary>
/// The page's filters as a query on the merged log: an email names an account, a date is a whole day in the log's
/// zone. Problems go into the page's ModelState by their fields, in the order the form shows them.
/// </summary>
internal static class AuditFilters
{
    public static async Task<AuditQuery?> QueryAsync(IndexModel page, IMediator mediator, IStringLocalizer S)
    {
        var state = page.ModelState;
        foreach (var field in new[] { "from", "to" })
        {
            // The binder's own words name the property; a person needs to know what to type.
            if (state[field] is { Errors.Count: > 0 } unreadable)
            {
                unreadable.Errors.Clear();
                state.AddModelError(field, S["Enter a real date, like 2026-11-22."]);
            }
        }

        var actor = await AccountOfAsync(page, mediator, S, "actor", page.ActorEmail);
        var subject = await AccountOfAsync(page, mediator, S, "subject", page.SubjectEmail);
        if (page.From is { } from && page.To is { } to && to < from)
        {
            state.AddModelError("to", S["The end date must be the same as or after the start date."]);
        }

        if (!state.IsValid)
        {
            page.OrderSummary("actor", "subject", "action", "from", "to");
            return null;
        }

        return new AuditQuery(
            actor,
            subject,
            Clean(page.ActionName),
            page.From is { } start ? AuditTime.StartOf(start, page.TimeZone) : null,
            page.To is { } end ? AuditTime.StartOf(end.AddDays(1), page.TimeZone) : null);
    }

    /// <summary>A filter as typed, or null when it is blank.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static async Task<Guid?> AccountOfAsync(IndexModel page, IMediator mediator, IStringLocalizer S, string field, string? email)
    {
        if (Clean(email) is not { } address)
        {
            return null;
        }

        var id = await mediator.Send(new FindAccountByEmail(address));
        if (id is null)
        {
            page.ModelState.AddModelError(field, S["No account has this email address."]);
        }

        return id;
    }
}
