using Border.Accounts.Contracts.Profile;

namespace Border.Web.Pages.Profile;

internal static class ProfileProgress
{
    /// <summary>Every page the person must fill in: eight about themselves, two per group member.</summary>
    public static int Total(ProfileView profile) => 8 + (2 * profile.Members.Count);

    public static int Done(ProfileView profile) => Total(profile) - profile.Missing.Count;
}
