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
public sealed class DateChangeModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public DateForm Input { get; set; } = new();

    public PortSummary Port { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

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

        await mediator.Send(new SetPortDate(User.Id(), Code, Input.Date, Input.Capacity, Input.Closed, Input.Reason));

        return RedirectToPage("/Ports/Show", new { area = "Staff", code = Code, saved = "true" });
    }

    private async Task<bool> LoadAsync()
    {
        var detail = await mediator.Send(new GetPort(Code));
        Port = detail?.Port!;
        return detail is not null;
    }

    public sealed class DateForm
    {
        [Display(Name = "Date")]
        public DateOnly? Date { get; set; }

        [Display(Name = "People that day")]
        public int? Capacity { get; set; }

        public bool Closed { get; set; }

        public string? Reason { get; set; }
    }
}
