namespace Border.Accounts.Contracts;

public static class AccountClaims
{
    /// <summary>The person's preferred language, carried in the sign-in cookie.</summary>
    public const string Culture = "border:culture";

    /// <summary>Identity's "authentication method" claim; "mfa" when the second factor was given.</summary>
    public const string AuthenticationMethod = "amr";

    public const string MultiFactor = "mfa";

    /// <summary>The server session (accounts.sessions) the sign-in cookie belongs to.</summary>
    public const string Session = "border:sid";

    /// <summary>A staff member's home port (a Scheduling port code), when an admin set one. Read it through <see cref="HomePort.Of"/>.</summary>
    public const string HomePort = "border:home-port";

    /// <summary>The home port's IANA zone, beside its code.</summary>
    public const string HomePortTimeZone = "border:home-port-zone";
}
