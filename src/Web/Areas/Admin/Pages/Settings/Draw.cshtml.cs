using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Admin.Pages.Settings;

/// <summary>
/// Suspends the daily draw with a reason applicants read in their language, or lifts the suspension. Instead of pausing
/// the draw's trigger in the jobs dashboard: applicants are told why, and requests stop while no draw would decide them.
/// </summary>
public sealed class DrawModel(IMediator mediator) : PageModel, IRedisplayAfterRefusal
{
    [BindProperty]
    public SuspensionForm Input { get; set; } = new();

    [FromQuery]
    public string? Done { get; set; }

    public DrawSuspensionView Current { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Current = await mediator.Send(new GetDrawSuspension());
        Input = new SuspensionForm { ReasonEnglish = Current.ReasonEnglish, ReasonSpanish = Current.ReasonSpanish };
    }

    public async Task<IActionResult> OnPostSuspendAsync()
    {
        await mediator.Send(new SuspendDraw(User.Id(), Input.ReasonEnglish, Input.ReasonSpanish));

        return RedirectToPage(new { done = "suspended" });
    }

    public async Task<IActionResult> OnPostLiftAsync()
    {
        await mediator.Send(new LiftDrawSuspension(User.Id()));
        return RedirectToPage(new { done = "lifted" });
    }

    public sealed class SuspensionForm
    {
        public string? ReasonEnglish { get; set; }

        public string? ReasonSpanish { get; set; }
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        Current = await mediator.Send(new GetDrawSuspension());
        return Page();
    }
}
