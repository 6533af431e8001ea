using Border.Accounts.Contracts.Profile;
using Border.Web.Composition.Localization;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Profile;

public sealed class LanguageModel(IMediator mediator) : ProfilePageModel(mediator)
{
    [BindProperty]
    public LanguageForm Input { get; set; } = new();

    public async Task OnGetAsync() => Input = new LanguageForm { Culture = (await LoadAsync()).PreferredCulture };

    public async Task<IActionResult> OnPostAsync()
    {
        var saved = await SaveAsync(new SaveLanguage(User.Id(), Input.Culture), ProfileSection.Name);
        if (saved is RedirectResult && Input.Culture is { } culture)
        {
            // The pages follow the choice at once; a language cookie from the switch would otherwise keep the old one.
            LanguageSwitch.Remember(HttpContext, culture);
            return Redirect(ProfileFlow.CheckAnswers);
        }

        return saved;
    }

    public sealed class LanguageForm
    {
        public string? Culture { get; set; }
    }
}
