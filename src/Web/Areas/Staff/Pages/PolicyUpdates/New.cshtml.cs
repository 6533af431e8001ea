using System.ComponentModel.DataAnnotations;
using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.PolicyUpdates;

[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class NewModel(IMediator mediator) : PageModel, IRedisplayAfterRefusal
{
    [BindProperty]
    public PolicyUpdateForm Input { get; set; } = new();

    public IReadOnlyList<PortSummary> Ports { get; private set; } = [];

    public async Task OnGetAsync() => Ports = await mediator.Send(new ListPorts());

    public async Task<IActionResult> OnPostAsync()
    {
        await mediator.Send(new PublishPolicyUpdate(
            User.Id(),
            Input.TitleEnglish ?? string.Empty,
            Input.BodyEnglish ?? string.Empty,
            Input.TitleSpanish ?? string.Empty,
            Input.BodySpanish ?? string.Empty,
            Input.Audience == AudienceChoice.Ports ? Input.Ports : null));

        return RedirectToPage("/PolicyUpdates/Index", new { area = "Staff", published = "true" });
    }

    public sealed class PolicyUpdateForm
    {
        [Display(Name = "Title in English")]
        public string? TitleEnglish { get; set; }

        [Display(Name = "Text in English")]
        public string? BodyEnglish { get; set; }

        [Display(Name = "Title in Spanish")]
        public string? TitleSpanish { get; set; }

        [Display(Name = "Text in Spanish")]
        public string? BodySpanish { get; set; }

        public AudienceChoice Audience { get; set; }

        public List<string> Ports { get; set; } = [];
    }

    public enum AudienceChoice
    {
        Everyone,
        Ports,
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        await OnGetAsync();
        return Page();
    }
}
