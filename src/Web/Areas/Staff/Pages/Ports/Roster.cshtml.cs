using System.Globalization;
using System.Text;
using Border.Scheduling.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Ports;

/// <summary>A port's day: confirmed appointments by slot, and the same as CSV (?handler=csv) for the port's own lists.</summary>
public sealed class RosterModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public PortRoster Roster { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var csv = new StringBuilder("slot,confirmation_number,people,status,identity_review,outcome_recorded_at\r\n");
        foreach (var entry in Roster.Entries)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{entry.Slot:HH:mm},{entry.ConfirmationNumber},{entry.People},{entry.Status},{(entry.IdentityReview ? "yes" : "no")},{(entry.OutcomeAt is { } at ? LocalTime(at, Roster.TimeZone, "yyyy-MM-ddTHH:mm:sszzz") : null)}\r\n");
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"roster-{Roster.PortCode}-{Roster.Date:yyyy-MM-dd}.csv");
    }

    /// <summary>When the outcome was recorded, in the port's zone.</summary>
    public static string LocalTime(DateTimeOffset at, string timeZone, string format = "HH:mm") =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).ToString(format, CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync()
    {
        var date = Date ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Roster = (await mediator.Send(new GetPortRoster(Code, date)))!;
        Date = date;
        return Roster is not null;
    }
}
