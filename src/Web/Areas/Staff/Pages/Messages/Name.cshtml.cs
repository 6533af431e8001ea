using Border.Messaging.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Messages;

/// <summary>The officer chooses the name applicants see after "Officer" (a first name or badge name), never their email.</summary>
public sealed class NameModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public NameForm Input { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task OnGetAsync([FromQuery] bool saved = false)
    {
        Input = new NameForm { Name = await mediator.Send(new GetOfficerName(User.Id())) };
        Saved = saved;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await mediator.Send(new SetOfficerName(User.Id(), User.Id(), Input.Name));
        return RedirectToPage("/Messages/Name", new { saved = true });
    }

    public sealed class NameForm
    {
        public string? Name { get; set; }
    }
}
