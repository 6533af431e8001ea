using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Border.Scheduling.Contracts;
using Border.Shared.Localization;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Staff.Pages.Ports;

[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class ArrivalModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel
{
    [FromRoute]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public ArrivalForm Input { get; set; } = new();

    public PortSummary Port { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input = new ArrivalForm
        {
            Address = Port.Address,
            Latitude = Port.Latitude?.ToString(CultureInfo.InvariantCulture),
            Longitude = Port.Longitude?.ToString(CultureInfo.InvariantCulture),
            ArriveMinutesBefore = Port.ArriveMinutesBefore,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var latitude = Degrees(Input.Latitude, nameof(Input.Latitude), "Enter the latitude in degrees, from -90 to 90, like 32.5433.");
        var longitude = Degrees(Input.Longitude, nameof(Input.Longitude), "Enter the longitude in degrees, from -180 to 180, like -117.0297.");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await mediator.Send(new ChangePortArrival(User.Id(), Code, Input.Address, latitude, longitude, Input.ArriveMinutesBefore));

        return RedirectToPage("/Ports/Show", new { area = "Staff", code = Code, saved = "true" });
    }

    /// <summary>Degrees as a map shows them, with a point or a comma for the decimals, whatever the page's language.</summary>
    private double? Degrees(string? text, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees))
        {
            return degrees;
        }

        ModelState.AddModelError($"Input.{field}", S[message]);
        return null;
    }

    private async Task<bool> LoadAsync()
    {
        var detail = await mediator.Send(new GetPort(Code));
        Port = detail?.Port!;
        return detail is not null;
    }

    public sealed class ArrivalForm
    {
        [Display(Name = "Address")]
        public string? Address { get; set; }

        [Display(Name = "Latitude")]
        public string? Latitude { get; set; }

        [Display(Name = "Longitude")]
        public string? Longitude { get; set; }

        [Display(Name = "Minutes to arrive before the slot")]
        public int? ArriveMinutesBefore { get; set; }
    }
}
