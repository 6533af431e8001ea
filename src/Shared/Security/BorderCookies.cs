using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Border.Shared.Security;

/// <summary>
/// Every cookie Border sets is __Host- prefixed and Secure. The one exception is a developer's plain-HTTP
/// site on loopback (`./border run`), where Cookies:Secure is false: browsers drop Secure cookies there
/// and the antiforgery system refuses to run.
/// </summary>
public static class BorderCookies
{
    public static bool Secure(IConfiguration configuration) => configuration.GetValue("Cookies:Secure", true);

    public static string Name(string name, bool secure) => secure ? $"__Host-{name}" : name;

    public static CookieSecurePolicy Policy(bool secure) => secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
}
