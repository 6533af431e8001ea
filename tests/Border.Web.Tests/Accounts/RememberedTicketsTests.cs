using Border.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Border.Web.Tests.Accounts;

/// <summary>
/// The sign-in cookie is decrypted once per node and remembered (RememberedTickets). What is checked behind it still
/// is on every request: ServerSessionTests' copied cookie, refused right after signing out, is such a remembered one.
/// </summary>
public sealed class RememberedTicketsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public void The_sign_in_cookie_is_read_through_the_remembered_tickets()
    {
        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal("RememberedTickets", cookie.TicketDataFormat.GetType().Name);
    }
}
