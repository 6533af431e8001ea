using Border.Cases.Contracts.Requirements;
using Border.Web.Composition.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Requirements;

/// <summary>Supervisors see every page of the entry requirements, its live version and which still lack Spanish.</summary>
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<RequirementStatus> Pages { get; private set; } = [];

    public int Untranslated => Pages.Count(p => !p.HasSpanish);

    public async Task OnGetAsync() => Pages = await mediator.Send(new ListRequirementPagesForStaff());
}
