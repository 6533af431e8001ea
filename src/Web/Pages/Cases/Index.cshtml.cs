using Border.Cases.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Cases;

/// <summary>"My cases": drafts and cases, newest first, and the kinds a case can be started of.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public string TimeZone { get; private set; } = ReaderTimeZone.Staff;

    [FromQuery]
    public string? Done { get; set; }

    public async Task OnGetAsync()
    {
        Cases = await mediator.Send(new ListMyCases(User.Id()));
        TimeZone = await ReaderTimeZone.OfAsync(mediator, User);
    }
}
