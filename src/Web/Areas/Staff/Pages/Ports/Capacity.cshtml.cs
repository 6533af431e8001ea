using System.ComponentModel.DataAnnotations;
using Border.Scheduling.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Ports;

[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class CapacityModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public CapacityForm Input { get; set; } = new();

    public PortSummary Port { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input = new CapacityForm { DailyCapacity = Port.DailyCapacity, FirstSlot = Port.FirstSlot, LastSlot = Port.LastSlot, SlotMinutes = Port.SlotMinutes };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await mediator.Send(new ChangePortCapacity(User.Id(), Code, Input.DailyCapacity, Input.FirstSlot, Input.LastSlot, Input.SlotMinutes));

        return RedirectToPage("/Ports/Show", new { area = "Staff", code = Code, saved = "true" });
    }

    private async Task<bool> LoadAsync()
    {
        var detail = await mediator.Send(new GetPort(Code));
        Port = detail?.Port!;
        return detail is not null;
    }

    public sealed class CapacityForm
    {
        [Display(Name = "People a day")]
        public int? DailyCapacity { get; set; }

        [Display(Name = "First slot")]
        public TimeOnly? FirstSlot { get; set; }

        [Display(Name = "Last slot")]
        public TimeOnly? LastSlot { get; set; }

        [Display(Name = "Minutes between slots")]
        public int? SlotMinutes { get; set; }
    }
}
