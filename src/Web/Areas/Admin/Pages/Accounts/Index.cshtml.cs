using Border.Accounts.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Admin.Pages.Accounts;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? EmailContains { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public AccountState? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? After { get; set; }

    public AccountList Accounts { get; private set; } = new([], null);

    public async Task OnGetAsync() =>
        Accounts = await mediator.Send(new ListAccounts(EmailContains, Role, Status, After));

    /// <summary>This search, from a later page on.</summary>
    public string PageLink(Guid? after)
    {
        var query = new Dictionary<string, string?> { ["q"] = EmailContains, ["role"] = Role, ["status"] = Status?.ToString() };
        if (after is not null)
        {
            query["after"] = after.ToString();
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            "/admin/accounts", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
