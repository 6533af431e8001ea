using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Accounts.Rules;
using Border.Shared.Mediator;
using Border.Shared.Persistence;
using Border.Shared.Security;
using Border.Shared.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Accounts;

public static class AccountsModule
{
    public const string SignInPath = "/account/sign-in";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AccountsDbContext>(AccountsDbContext.Schema);
        services.AddHandlersFrom(typeof(AccountsModule).Assembly);
        services.AddScoped<FileVault>();
        services.AddSingleton<AccountsMappings>();
        services.AddScoped<FileStore>();
        services.AddSingleton<SessionStore>();
        services.Configure<GroupOptions>(configuration.GetSection(GroupOptions.Section));
        services.AddSettingDefault(SettingKeys.GroupMaximum, GroupOptions.DefaultMaximumSize.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var lockout = configuration.GetSection("Accounts:Lockout");
        services.AddIdentity<BorderUser, IdentityRole<Guid>>(options =>
            {
                // ASVS 2.1: length, not composition rules; common passwords refused by CommonPasswordValidator.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = lockout.GetValue("MaxFailedAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = lockout.GetValue("Duration", TimeSpan.FromMinutes(15));
                options.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.ProviderName;
                options.Tokens.EmailConfirmationTokenProvider = EmailConfirmationTokenProvider.ProviderName;
                options.Tokens.ChangeEmailTokenProvider = EmailConfirmationTokenProvider.ProviderName;
                // "Confirmed" here means not disabled by an admin: see ActiveAccountConfirmation.
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.ProviderName)
            .AddTokenProvider<EmailConfirmationTokenProvider>(EmailConfirmationTokenProvider.ProviderName)
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
            .AddUserConfirmation<ActiveAccountConfirmation>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator<BorderUser>>()
            .AddClaimsPrincipalFactory<CultureClaimsPrincipalFactory>();

        // A closed or disabled account, or a changed password, ends the other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            // Each check rebuilds the principal from the database, which does not know how the person signed in:
            // without this, staff would lose the second factor they gave, and with it every staff page, after a minute.
            options.OnRefreshingPrincipal = context =>
            {
                // The server session the cookie names goes across too, or the refreshed cookie would name none.
                var methods = context.CurrentPrincipal?.Claims
                    .Where(c => c.Type is AccountClaims.AuthenticationMethod or AccountClaims.Session).ToList() ?? [];
                if (methods.Count > 0 && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    identity.AddClaims(methods.Select(m => new System.Security.Claims.Claim(m.Type, m.Value)));
                }

                return Task.CompletedTask;
            };
        });

        // Password-reset links (the default provider) work for 1 hour, and once: a reset changes the security stamp.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(1));

        var secure = BorderCookies.Secure(configuration);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = BorderCookies.Name("border", secure);
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = BorderCookies.Policy(secure);
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = SignInPath;
            // A page someone's role may not open is answered as if it did not exist: no hint that /admin is there.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                if (StaffEnrolment.IsPending(context.HttpContext.User))
                {
                    context.Response.Redirect(StaffEnrolment.SetupPath);
                    return Task.CompletedTask;
                }

                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            };
            ServerSessions.Attach(cookie);
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        // After the cookie handler's own post-configuration, which creates the ticket format this wraps.
        services.PostConfigure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, cookie =>
        {
            if (cookie.TicketDataFormat is { } format and not RememberedTickets)
            {
                cookie.TicketDataFormat = new RememberedTickets(format);
            }
        });
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
            IdentityConstants.TwoFactorUserIdScheme,
            cookie =>
            {
                cookie.Cookie.Name = BorderCookies.Name("border-2fa", secure);
                cookie.Cookie.SecurePolicy = BorderCookies.Policy(secure);
                cookie.Cookie.SameSite = SameSiteMode.Lax;
            });
        return services;
    }
}
