using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts.Places;
using Border.Scheduling.Contracts;
using Border.Shared.Localization;
using Border.Shared.Settings;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin.Pages.Settings;

/// <summary>
/// The numbers Scheduling and Accounts read, on one form. Saved values are rows in platform.settings that
/// every node reads as configuration, so they apply without a restart; the draw time is the allocation
/// trigger's own time. Each field's label is its Display name, which the page's labels and the "Enter …" messages both use.
/// </summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel
{
    private static readonly string[] Order =
    [
        "Input.Opens", "Input.Closes", "Input.AllocationAt", "Input.LeadDays", "Input.LongestWaitingPercent",
        "Input.ConfirmationHours", "Input.ReminderHours", "Input.EligibleStates", "Input.GroupMaximum",
    ];

    [BindProperty]
    public SettingsForm Input { get; set; } = new();

    [FromQuery]
    public bool Saved { get; set; }

    public CurrentSettings Current { get; private set; } = null!;

    public DrawSuspensionView Suspension { get; private set; } = null!;

    public IReadOnlyList<Place> States => MexicanStates.All;

    public async Task OnGetAsync()
    {
        Current = await mediator.Send(new GetSettings());
        Suspension = await mediator.Send(new GetDrawSuspension());
        var s = Current.Settings;
        Input = new SettingsForm
        {
            Opens = s.Opens,
            Closes = s.Closes,
            AllocationAt = s.AllocationAt,
            LeadDays = s.LeadDays,
            LongestWaitingPercent = s.LongestWaitingPercent,
            ConfirmationHours = s.ConfirmationHours,
            ReminderHours = s.ReminderHours,
            EligibleStates = [.. s.EligibleStates],
            GroupMaximum = s.GroupMaximum,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Current = await mediator.Send(new GetSettings());
        Suspension = await mediator.Send(new GetDrawSuspension());
        if (Input.EligibleStates.Any(code => MexicanStates.All.All(state => state.Code != code)))
        {
            ModelState.AddModelError("Input.EligibleStates", S["Choose states from the list."]);
        }

        if (!ModelState.IsValid)
        {
            this.OrderSummary(Order);
            return Page();
        }

        var settings = new BorderSettings(
            Input.Opens!.Value, Input.Closes!.Value, Input.AllocationAt!.Value, Input.LeadDays!.Value, Input.LongestWaitingPercent!.Value,
            Input.ConfirmationHours!.Value, Input.ReminderHours!.Value, Input.EligibleStates.Distinct().ToList(), Input.GroupMaximum!.Value);
        await mediator.Send(new SaveSettings(User.Id(), settings));

        return RedirectToPage("/Settings/Index", new { area = "Admin", saved = "true" });
    }

    public sealed class SettingsForm
    {
        [Required(ErrorMessage = "Enter {0}.")]
        [Display(Name = "Requests open at")]
        public TimeOnly? Opens { get; set; }

        [Required(ErrorMessage = "Enter {0}.")]
        [Display(Name = "Requests close at")]
        public TimeOnly? Closes { get; set; }

        [Required(ErrorMessage = "Enter {0}.")]
        [Display(Name = "The draw runs at")]
        public TimeOnly? AllocationAt { get; set; }

        [Required(ErrorMessage = "Enter {0}.")]
        [Display(Name = "Lead time in days")]
        public int? LeadDays { get; set; }

        [Required(ErrorMessage = "Enter {0}.")]
        [Display(Name = "Share for the longest waiting, in percent")]
        public decimal? LongestWaitingPercent { get; set; }

        [Required(ErrorMessage = "Enter {0}.")]
        [Display(Name = "Hours to confirm an offer")]
        public int? ConfirmationHours { get; set; }

        [Required(ErrorMessage = "Enter {0}.")]
        [Display(Name = "Reminder, hours before the deadline")]
        public int? ReminderHours { get; set; }

        [Display(Name = "States whose people may request")]
        public List<string> EligibleStates { get; set; } = [];

        [Required(ErrorMessage = "Enter {0}.")]
        [Display(Name = "Largest group")]
        public int? GroupMaximum { get; set; }
    }
}
