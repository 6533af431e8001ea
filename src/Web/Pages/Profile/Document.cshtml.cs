using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Profile;

/// <summary>The identity document of the applicant (their own id in the address) or of a member of their group.</summary>
public sealed class DocumentModel(IMediator mediator) : ProfilePageModel(mediator), IRedisplayAfterRefusal
{
    [FromRoute]
    public Guid TravellerId { get; set; }

    /// <summary>Whose document this is, to name them on the page; null for the applicant.</summary>
    public string? MemberName { get; private set; }

    [BindProperty]
    public DocumentForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await FindAsync() is not { } document)
        {
            return NotFound();
        }

        Input = document is { Id: var id } && id != Guid.Empty
            ? new DocumentForm { Type = document.Type, Number = document.Number, IssuingCountry = document.IssuingCountry, ExpiresOn = DateParts.From(document.ExpiresOn) }
            : new DocumentForm();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await Mediator.Send(new SaveIdentityDocument(User.Id(), TravellerId, Input.Type, Input.Number, Input.IssuingCountry, Input.ExpiresOn)))
        {
            return NotFound();
        }

        return Redirect(Changing && TravellerId == User.Id()
            ? ProfileFlow.CheckAnswers
            : ProfileFlow.After(ProfileSection.Document, User.Id(), TravellerId, Changing));
    }

    /// <summary>The saved document (an empty one when none yet), or null when the traveller is not the person's own.</summary>
    private async Task<DocumentView?> FindAsync()
    {
        var profile = await LoadAsync();
        var empty = new DocumentView(Guid.Empty, string.Empty, string.Empty, string.Empty, null, null);
        if (TravellerId == profile.UserId)
        {
            return profile.Document ?? empty;
        }

        var member = profile.Members.FirstOrDefault(m => m.Id == TravellerId);
        MemberName = member?.FullName;
        return member is null ? null : member.Document ?? empty;
    }

    public sealed class DocumentForm
    {
        public string? Type { get; set; }

        public string? Number { get; set; }

        public string? IssuingCountry { get; set; }

        public DateParts ExpiresOn { get; set; } = new(null, null, null);
    }

    /// <summary>A refusal shows the page again with what it shows reloaded.</summary>
    public async Task<IActionResult> RedisplayAsync()
    {
        return await FindAsync() is null ? NotFound() : Page();
    }
}
