using Border.Accounts.Contracts.Profile;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Border.Web.Pages.Profile;

public sealed class ContactModel(IMediator mediator) : ProfilePageModel(mediator)
{
    [BindProperty]
    public ContactForm Input { get; set; } = new();

    public async Task OnGetAsync() => Input = new ContactForm { Phone = (await LoadAsync()).Phone };

    public Task<IActionResult> OnPostAsync() => SaveAsync(new SaveContact(User.Id(), Input.Phone), ProfileSection.Contact);

    public sealed class ContactForm
    {
        public string? Phone { get; set; }
    }
}
