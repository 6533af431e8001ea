namespace Border.Accounts.Contracts;

public static class Roles
{
    public const string Applicant = "Applicant";
    public const string Officer = "Officer";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Applicant, Officer, Supervisor, Admin];

    public static readonly IReadOnlyList<string> Staff = [Officer, Supervisor, Admin];

    /// <summary>The role's name as people read it, in English (the localization key).</summary>
    public static string DisplayName(string role) => role == Admin ? "Administrator" : role;
}
