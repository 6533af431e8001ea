using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Profile;
using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Shared.Localization;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Staff.Pages.Cases;

/// <summary>
/// A case as an officer works it: claim or release, the checks with their scores, resolve a hit, ask for documents,
/// decide with reasons; a supervisor also decides its appeal. Every read is audited by the use case; the roles the
/// use cases leave to the pages (supervisor-only kinds and appeals) are checked here.
/// </summary>
[RefusalFields(RefusalFieldsAttribute.HandlerName)]
public sealed class ShowModel(IMediator mediator, IStringLocalizer<Strings> S) : PageModel, IRedisplayAfterRefusal
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public string? Done { get; set; }

    public StaffCaseView Case { get; private set; } = null!;

    /// <summary>The applicant's profile and group as Accounts holds them now (that read is audited by Accounts); null when the account is gone.</summary>
    public ProfileView? Group { get; private set; }

    public CaseKindDefinition Kind => CaseCatalogue.For(Case.Kind);

    public bool IsSupervisor => User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Admin);

    public bool Mine => Case.ClaimedBy == User.Id();

    /// <summary>Whether this person may decide this kind (the correction kind is a supervisor's).</summary>
    public bool MayDecide => Kind.DecidedBy == Decider.Officer || IsSupervisor;

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? What { get; set; }

    [BindProperty]
    public DecisionOutcome? Outcome { get; set; }

    [BindProperty]
    public List<string> Reasons { get; set; } = [];

    [BindProperty]
    public AppealOutcome? AppealOutcome { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Group = await mediator.Send(new ViewApplicant(User.Id(), Case.ApplicantId));
        return Page();
    }

    /// <summary>What a file came with, in words: the catalogue document it answers, a document request or the appeal.</summary>
    public string FileOrigin(CaseFileView file) =>
        file.AppealId is not null ? S["Sent with the appeal"]
        : file.DocumentRequestId is not null ? S["Sent in answer to a request for documents"]
        : Kind.Documents.FirstOrDefault(d => d.Key == file.DocumentKey) is { } document ? S[document.Text]
        : S["Sent with the case"];

    public async Task<IActionResult> OnPostClaimAsync() =>
        await mediator.Send(new ClaimCase(User.Id(), Id)) ? Back("claimed") : await RefuseAsync("Claim", S["Another officer took this case first, or it is not waiting."]);

    public async Task<IActionResult> OnPostReleaseAsync() =>
        await mediator.Send(new ReleaseCase(User.Id(), Id, IsSupervisor)) ? Back("released") : await RefuseAsync("Claim", S["This case is not yours to release."]);

    public Task<IActionResult> OnPostResolveAsync(Guid checkId) =>
        SendAsync(new ResolveCheck(User.Id(), Id, checkId, Note), "resolved");

    public Task<IActionResult> OnPostRequestAsync() =>
        SendAsync(new RequestDocuments(User.Id(), Id, Version, What), "requested");

    public async Task<IActionResult> OnPostDecideAsync()
    {
        var version = Version;
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!MayDecide)
        {
            return await RefuseAsync("Decide.Case", S["Only a supervisor can decide this kind of case."]);
        }

        if (Outcome is not { } outcome)
        {
            return await RefuseAsync("Decide.Outcome", S["Choose approve or deny."]);
        }

        return await SendAsync(new DecideCase(User.Id(), Id, version, outcome, Reasons, Note), "decided");
    }

    public async Task<IActionResult> OnPostAppealAsync()
    {
        if (!IsSupervisor)
        {
            return NotFound();
        }

        if (AppealOutcome is not { } outcome)
        {
            return await RefuseAsync("Appeal.AppealOutcome", S["Choose what happens to the appeal."]);
        }

        return await SendAsync(new DecideAppeal(User.Id(), Id, Version, outcome, Note), "appeal-decided");
    }

    private async Task<IActionResult> SendAsync(IRequest<bool> command, string done) =>
        await mediator.Send(command) ? Back(done) : NotFound();

    public async Task<IActionResult> RedisplayAsync() => await LoadAsync() ? Page() : NotFound();

    private async Task<IActionResult> RefuseAsync(string field, string message)
    {
        ModelState.AddModelError(field, message);
        return await LoadAsync() ? Page() : NotFound();
    }

    private RedirectToPageResult Back(string done) => RedirectToPage("/Cases/Show", new { area = "Staff", id = Id, done });

    private async Task<bool> LoadAsync()
    {
        if (await mediator.Send(new ViewCase(User.Id(), Id)) is not { } view)
        {
            return false;
        }

        Case = view;
        Version = view.Version;
        return true;
    }
}
