using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Appointments;

/// <summary>One of the applicant's own requests; the receipt after sending it. Anyone else's id: 404.</summary>
public sealed class ShowModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public bool Received { get; set; }

    public RequestView Mine { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await mediator.Send(new GetMyRequest(User.Id(), Id)) is not { } request)
        {
            return NotFound();
        }

        Mine = request;
        return Page();
    }
}
