using Border.Accounts.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Account;

/// <summary>Where the person is signed in, with "sign out of this one" and "sign out everywhere else".</summary>
[Authorize]
public sealed class SessionsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    [FromQuery]
    public string? Done { get; set; }

    /// <summary>Where the reader's times are shown (see <see cref="ReaderTimeZone"/>).</summary>
    public string TimeZone { get; private set; } = ReaderTimeZone.Staff;

    public async Task OnGetAsync()
    {
        Sessions = await mediator.Send(new ListSessions(User.Id(), Current));
        TimeZone = await ReaderTimeZone.OfAsync(mediator, User);
    }

    public async Task<IActionResult> OnPostEndAsync(Guid session)
    {
        if (session == Current)
        {
            // Ending the session in use is signing out, which the header's button does with its own page.
            return RedirectToPage("/Account/SignOut");
        }

        await mediator.Send(new EndSession(User.Id(), session));
        return RedirectToPage("/Account/Sessions", new { area = "", done = "one" });
    }

    public async Task<IActionResult> OnPostEndOthersAsync()
    {
        await mediator.Send(new EndOtherSessions(User.Id(), Current));
        return RedirectToPage("/Account/Sessions", new { area = "", done = "others" });
    }

    private Guid? Current => Guid.TryParse(User.FindFirst(AccountClaims.Session)?.Value, out var id) ? id : null;
}
