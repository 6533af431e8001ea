using System.Globalization;
using Border.Cases.Contracts;
using Border.Shared.Localization;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Staff.Pages.WatchList;

/// <summary>A supervisor adds one name to the watch list; the use case audits it.</summary>
[RefusalFields("")]
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class AddModel(IMediator mediator, TimeProvider clock, IStringLocalizer<Strings> S) : PageModel
{
    [BindProperty]
    public string? FullName { get; set; }

    /// <summary>Kept as typed, so a wrong date comes back with a message in the reader's language rather than the binder's.</summary>
    [BindProperty]
    public string? BirthDate { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        DateOnly? born = null;
        if (!string.IsNullOrWhiteSpace(BirthDate))
        {
            if (!DateOnly.TryParseExact(BirthDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                ModelState.AddModelError(nameof(BirthDate), S["Write the date of birth as YYYY-MM-DD (for example 1990-03-27), or leave it empty."]);
                return Page();
            }

            if (day > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            {
                ModelState.AddModelError(nameof(BirthDate), S["The date of birth is in the future."]);
                return Page();
            }

            born = day;
        }

        await mediator.Send(new AddWatchListEntry(User.Id(), FullName, born, Reason));

        return RedirectToPage("/WatchList/Index", new { area = "Staff", done = "added" });
    }
}
