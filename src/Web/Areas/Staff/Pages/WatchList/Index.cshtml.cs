using Border.Cases.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.WatchList;

/// <summary>Supervisors read the watch list by name, 50 a page, search it and remove a name; every read and removal is audited by the use cases.</summary>
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [FromQuery]
    public string? Done { get; set; }

    public WatchListPage Names { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync() => Names = await mediator.Send(new ListWatchList(User.Id(), Search, PageNumber));

    public async Task<IActionResult> OnPostRemoveAsync(Guid entryId) =>
        await mediator.Send(new RemoveWatchListEntry(User.Id(), entryId)) ? RedirectToPage("/WatchList/Index", new { area = "Staff", done = "removed" }) : NotFound();

    public string PageLink(int page) => $"/staff/watch-list?q={Uri.EscapeDataString(Search ?? "")}&page={page}";
}
