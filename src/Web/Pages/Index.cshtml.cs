using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages;

public sealed class IndexModel : PageModel
{
    public string? SignedInAs { get; private set; }

    public void OnGet() => SignedInAs = User.Identity?.IsAuthenticated == true ? User.Identity.Name : null;
}
