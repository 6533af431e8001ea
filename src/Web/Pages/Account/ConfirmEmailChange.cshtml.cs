using Border.Accounts.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Account;

/// <summary>The link sent to the new address opens a page with a button; pressing it proves the person reads that inbox.</summary>
public sealed class ConfirmEmailChangeModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>Null until the button is pressed.</summary>
    public bool? Changed { get; private set; }

    public bool LinkComplete => UserId != Guid.Empty && !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrEmpty(Code);

    public void OnGet()
    {
    }

    public async Task OnPostAsync() =>
        Changed = LinkComplete && await mediator.Send(new ConfirmEmailChange(UserId, Email!, Code!));
}
