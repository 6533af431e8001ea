using System.Globalization;
using Border.Accounts.Contracts.Profile;
using Border.Cases.Contracts;
using Border.Shared.Localization;
using Border.Web.Composition.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Border.Web.Pages.Cases;

/// <summary>
/// A case's status without signing in: receipt number and date of birth give the state and what happens next,
/// nothing else. A wrong number and a wrong birth date get the same answer; the form is rate limited per receipt.
/// </summary>
[EnableRateLimiting(RateLimits.CaseStatus)]
public sealed class StatusModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel
{
    [BindProperty]
    public string? Receipt { get; set; }

    [BindProperty]
    public DateParts BirthDate { get; set; } = new(null, null, null);

    public PublicCaseStatus? Found { get; private set; }

    public bool Searched { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Receipt))
        {
            ModelState.AddModelError(nameof(Receipt), S["Enter the receipt number."]);
        }

        var birthDate = Parse(BirthDate);
        if (birthDate is null)
        {
            ModelState.AddModelError(nameof(BirthDate), S["Enter the date of birth as a day, a month and a year."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Found = await mediator.Send(new GetPublicCaseStatus(Receipt, birthDate));
        Searched = true;
        return Page();
    }

    private static DateOnly? Parse(DateParts parts) =>
        int.TryParse(parts.Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
        && int.TryParse(parts.Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
        && int.TryParse(parts.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
