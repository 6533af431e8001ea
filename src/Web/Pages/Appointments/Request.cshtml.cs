using System.Globalization;
using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Web.Forms;
using Border.Web.Pages.Profile;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Appointments;

/// <summary>The request form, or, when the applicant cannot request now, why not and what to do.</summary>
public sealed class RequestModel(IMediator mediator) : PageModel, IRedisplayAfterRefusal
{
    [BindProperty]
    public RequestForm Input { get; set; } = new();

    public RequestOptions Options { get; private set; } = null!;

    /// <summary>Where to continue the profile, when it is what stands in the way.</summary>
    public string? NextProfilePath { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input = new RequestForm { State = Options.CurrentState };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var receipt = await mediator.Send(new RequestAppointment(User.Id(), Input.PortCode, Input.State, Coordinate(Input.Latitude), Coordinate(Input.Longitude)));

        return RedirectToPage("/Appointments/Show", new { area = "", id = receipt.RequestId, received = "true" });
    }

    private async Task LoadAsync()
    {
        Options = await mediator.Send(new GetRequestOptions(User.Id()));
        if (Options.Block == RequestBlock.ProfileIncomplete)
        {
            var profile = await mediator.Send(new GetProfile(User.Id()));
            NextProfilePath = profile.Missing.Count > 0 ? ProfileFlow.PathOf(profile.Missing[0]) : "/profile";
        }
    }

    /// <summary>The script writes plain decimals; anything else counts as no location.</summary>
    private static double? Coordinate(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    public sealed class RequestForm
    {
        public string? PortCode { get; set; }

        public string? State { get; set; }

        public string? Latitude { get; set; }

        public string? Longitude { get; set; }
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        await LoadAsync();
        return Page();
    }
}
