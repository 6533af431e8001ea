using Border.Accounts.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Account;

/// <summary>
/// The link in the confirmation email opens a page with a button: mail scanners follow links, so opening it
/// confirms nothing; the button (a POST) does.
/// </summary>
public sealed class ConfirmEmailModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>Null until the button is pressed.</summary>
    public bool? Confirmed { get; private set; }

    public bool LinkComplete => UserId != Guid.Empty && !string.IsNullOrEmpty(Code);

    public void OnGet()
    {
    }

    public async Task OnPostAsync() =>
        Confirmed = LinkComplete && await mediator.Send(new ConfirmEmail(UserId, Code!));
}
