using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Appointments;

/// <summary>"Are you sure?" before a request leaves the draw.</summary>
public sealed class WithdrawModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public RequestView Mine { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await mediator.Send(new GetMyRequest(User.Id(), Id)) is not { Status: RequestStatus.Pending } request)
        {
            return NotFound();
        }

        Mine = request;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync() =>
        await mediator.Send(new WithdrawRequest(User.Id(), Id)) ? RedirectToPage("/Appointments/Index", new { area = "", withdrawn = "true" }) : NotFound();
}
