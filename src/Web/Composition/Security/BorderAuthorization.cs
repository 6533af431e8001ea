using Border.Accounts.Contracts;

namespace Border.Web.Composition.Security;

internal static class BorderAuthorization
{
    public const string Staff = "Staff";
    public const string Admin = "Admin";
    public const string Supervisor = "Supervisor";
    public const string Applicant = "Applicant";

    /// <summary>Staff areas need the role and a second factor given at sign-in (ASVS level 2).</summary>
    public static IServiceCollection AddBorderAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Staff, policy => policy
                .RequireRole(Roles.Officer, Roles.Supervisor, Roles.Admin)
                .RequireClaim(AccountClaims.AuthenticationMethod, AccountClaims.MultiFactor))
            .AddPolicy(Supervisor, policy => policy
                .RequireRole(Roles.Supervisor, Roles.Admin)
                .RequireClaim(AccountClaims.AuthenticationMethod, AccountClaims.MultiFactor))
            .AddPolicy(Admin, policy => policy
                .RequireRole(Roles.Admin)
                .RequireClaim(AccountClaims.AuthenticationMethod, AccountClaims.MultiFactor))
            .AddPolicy(Applicant, policy => policy.RequireRole(Roles.Applicant));
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeAreaFolder("Staff", "/", Staff);
                options.Conventions.AuthorizeAreaFolder("Admin", "/", Admin);
                options.Conventions.AuthorizeFolder("/Profile", Applicant);
                options.Conventions.AuthorizeFolder("/Appointments", Applicant);
                options.Conventions.AuthorizeFolder("/Cases", Applicant).AllowAnonymousToPage("/Cases/Status");
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<StaffEnrolmentFilter>();
                options.Filters.Add<UnknownHandlerFilter>();
                options.Filters.Add<Forms.RefusalPageFilter>();
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider =
                (_, factory) => factory.Create(typeof(Shared.Localization.Strings)));
        return services;
    }

    public static IServiceCollection AddBorderAntiforgery(this IServiceCollection services, IConfiguration configuration)
    {
        RememberedAntiforgeryTokens.Decorate(services);
        return services.AddAntiforgery(options =>
        {
            var secure = Shared.Security.BorderCookies.Secure(configuration);
            options.Cookie.Name = Shared.Security.BorderCookies.Name("border-af", secure);
            options.Cookie.SecurePolicy = Shared.Security.BorderCookies.Policy(secure);
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });
    }
}
