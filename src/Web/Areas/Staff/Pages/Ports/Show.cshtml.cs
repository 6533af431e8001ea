using Border.Scheduling.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Ports;

[RefusalFields("")]
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class ShowModel(IMediator mediator) : PageModel, IRedisplayAfterRefusal
{
    [FromRoute]
    public string Code { get; set; } = string.Empty;

    [FromQuery]
    public bool Saved { get; set; }

    public PortDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await mediator.Send(new GetPort(Code)) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }

    /// <summary>Puts the date back to the port's default.</summary>
    public async Task<IActionResult> OnPostClearAsync(DateOnly date)
    {
        if (!await mediator.Send(new ClearPortDate(User.Id(), Code, date)))
        {
            return NotFound();
        }

        return RedirectToPage("/Ports/Show", new { area = "Staff", code = Code, saved = "true" });
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        return await OnGetAsync();
    }
}
