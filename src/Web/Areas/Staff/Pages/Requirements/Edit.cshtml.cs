using System.ComponentModel.DataAnnotations;
using Border.Cases.Contracts.Requirements;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Requirements;

/// <summary>
/// A supervisor edits a page's Markdown in both languages, previews it as readers will see it (a server round trip,
/// no script), then publishes a new version. The version read travels with the form, so a save over someone else's
/// newer version is refused and what was typed stays on the form.
/// </summary>
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class EditModel(IMediator mediator) : PageModel, IRedisplayAfterRefusal
{
    [BindProperty]
    public RequirementForm Input { get; set; } = new();

    public RequirementDraft Draft { get; private set; } = null!;

    public string? PreviewEnglish { get; private set; }

    public string? PreviewSpanish { get; private set; }

    public bool Previewed { get; private set; }

    [FromQuery(Name = "published")]
    public int? PublishedVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        Input = new RequirementForm
        {
            Version = Draft.Version,
            TitleEnglish = Draft.TitleEnglish,
            BodyEnglish = Draft.BodyEnglish,
            TitleSpanish = Draft.TitleSpanish,
            BodySpanish = Draft.BodySpanish,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        Previewed = true;
        PreviewEnglish = await mediator.Send(new PreviewRequirement(Input.BodyEnglish));
        PreviewSpanish = string.IsNullOrWhiteSpace(Input.BodySpanish) ? null : await mediator.Send(new PreviewRequirement(Input.BodySpanish));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (!await mediator.Send(new PublishRequirement(
                User.Id(), slug, Input.Version, Input.TitleEnglish, Input.BodyEnglish, Input.TitleSpanish, Input.BodySpanish)))
        {
            return NotFound();
        }

        return RedirectToPage("/Requirements/Edit", new { area = "Staff", slug, published = Input.Version + 1 });
    }

    private async Task<bool> LoadAsync(string slug)
    {
        if (await mediator.Send(new GetRequirementForEditing(slug)) is not { } draft)
        {
            return false;
        }

        Draft = draft;
        return true;
    }

    public sealed class RequirementForm
    {
        /// <summary>The live version when the form was opened.</summary>
        public int Version { get; set; }

        [Display(Name = "Title in English")]
        public string? TitleEnglish { get; set; }

        [Display(Name = "Text in English")]
        public string? BodyEnglish { get; set; }

        [Display(Name = "Title in Spanish")]
        public string? TitleSpanish { get; set; }

        [Display(Name = "Text in Spanish")]
        public string? BodySpanish { get; set; }
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        return RouteData.Values["slug"]?.ToString() is { } slug && await LoadAsync(slug) ? Page() : NotFound();
    }
}
