using System.ComponentModel.DataAnnotations;
using Border.Accounts.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Account;

/// <summary>The link in a staff invitation: choose a password, then straight on to setting up two-factor.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class InvitationModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public InvitationForm Input { get; set; } = new();

    public bool LinkWorks { get; private set; } = true;

    public async Task OnGetAsync() =>
        LinkWorks = UserId != Guid.Empty && !string.IsNullOrEmpty(Code) && await mediator.Send(new CheckInvitation(UserId, Code));

    public async Task<IActionResult> OnPostAsync()
    {
        LinkWorks = UserId != Guid.Empty && !string.IsNullOrEmpty(Code)
            && await mediator.Send(new AcceptInvitation(UserId, Code, Input.Password ?? string.Empty));

        return LinkWorks ? Redirect(StaffEnrolment.SetupPath) : Page();
    }

    public sealed class InvitationForm
    {
        [Display(Name = "Password")]
        public string? Password { get; set; }
    }
}
