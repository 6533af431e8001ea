using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Border.Accounts.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Register)]
public sealed class RegisterModel(IMediator mediator, CheckEmailAddress addresses) : PageModel
{
    [BindProperty]
    public RegisterForm Input { get; set; } = new();

    public void OnGet() => Input.Culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnPostAsync()
    {
        await mediator.Send(new RegisterApplicant(
            Input.Email ?? string.Empty, Input.Password ?? string.Empty, Input.Culture ?? "en", Input.AcceptedTerms));

        return Redirect($"{CheckEmailModel.Path}?to={Uri.EscapeDataString(addresses.Seal(Input.Email ?? string.Empty))}");
    }

    public sealed class RegisterForm
    {
        [Display(Name = "Email address")]
        public string? Email { get; set; }

        [Display(Name = "Password")]
        public string? Password { get; set; }

        public string? Culture { get; set; }

        public bool AcceptedTerms { get; set; }
    }
}
