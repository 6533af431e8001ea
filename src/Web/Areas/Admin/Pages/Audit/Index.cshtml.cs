using System.Globalization;
using Border.Accounts.Contracts;
using Border.Shared.Audit.Reading;
using Border.Shared.Localization;
using Border.Shared.Settings;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin.Pages.Audit;

/// <summary>
/// Every module's audit log as one list, filtered by a plain GET form so a search is a link; ?handler=csv
/// streams the same list. Reading the page is not audited (it would fill the log with itself); a
/// download is, before its first row, because it carries people's data away in bulk.
/// </summary>
public sealed class IndexModel(IMediator mediator, AuditLog log, IStringLocalizer<Strings> S, SettingValues settings) : PageModel
{
    /// <summary>The zone the log is read in: the request window's.</summary>
    public string TimeZone => settings[SettingKeys.WindowTimeZone];

    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? ActorEmail { get; set; }

    [BindProperty(SupportsGet = true, Name = "subject")]
    public string? SubjectEmail { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "after")]
    public string? After { get; set; }

    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public AuditPosition? Next { get; private set; }

    public bool IsFirstPage { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await QueryAsync() is not { } query)
        {
            return Page();
        }

        var after = AuditPosition.TryParse(After, out var position) ? position : null;
        IsFirstPage = after is null;
        var page = await log.ReadPageAsync(query, after, PageSize, cancellationToken);
        Rows = await AuditRow.NameAsync(mediator, page.Entries, S, cancellationToken);
        Next = page.Next;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await QueryAsync() is not { } query)
        {
            return Page();
        }

        await mediator.Send(new RecordAuditLogExport(User.Id(), Clean(ActorEmail), Clean(SubjectEmail), Clean(ActionName), From, To), cancellationToken);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{AuditCsv.FileName}\"";
        await AuditCsv.WriteAsync(
            Response.Body, log.ReadInBatchesAsync(query, cancellationToken: cancellationToken),
            batch => AuditRow.NameAsync(mediator, batch, S, cancellationToken), S, cancellationToken);
        return new EmptyResult();
    }

    /// <summary>The actions the filter offers: every known one, and one from a bookmarked link Border does not know yet.</summary>
    public IEnumerable<string> ActionChoices() =>
        Clean(ActionName) is { } chosen && !AuditActionNames.Known.Contains(chosen) ? [.. AuditActionNames.Known, chosen] : AuditActionNames.Known;

    /// <summary>This search, from a later page on, or as CSV.</summary>
    public string Link(AuditPosition? after = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["actor"] = Clean(ActorEmail),
            ["subject"] = Clean(SubjectEmail),
            ["action"] = Clean(ActionName),
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["after"] = after?.ToString(),
            ["handler"] = handler,
        };
        return QueryHelpers.AddQueryString("/admin/audit", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private Task<AuditQuery?> QueryAsync() => AuditFilters.QueryAsync(this, mediator, S);

    private static string? Clean(string? text) => AuditFilters.Clean(text);
}
