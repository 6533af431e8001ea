using Border.Accounts.Contracts.Profile;

namespace Border.Accounts.Features.Profile;

internal static class ProfileSteps
{
    /// <summary>What is left to fill in, in the order the pages ask it. The phone is optional, so never missing.</summary>
    public static IReadOnlyList<ProfileStep> Missing(ProfileView view)
    {
        var missing = new List<ProfileStep>();
        void Need(bool done, ProfileSection section, Guid? traveller = null)
        {
            if (!done)
            {
                missing.Add(new ProfileStep(section, traveller));
            }
        }

        Need(view.FullName is not null, ProfileSection.Name);
        Need(view.DateOfBirth is not null && view.Sex is not null, ProfileSection.Birth);
        Need(view.CountryOfBirth is not null && view.Nationality is not null, ProfileSection.Nationality);
        Need(view.CurrentState is not null, ProfileSection.CurrentLocation);
        Need(view.Destination.Street is not null && view.Destination.Zip is not null, ProfileSection.Destination);
        Need(view.Document is not null, ProfileSection.Document, view.UserId);
        Need(view.Document?.Photo is not null, ProfileSection.DocumentPhoto, view.UserId);
        Need(view.Selfie is not null, ProfileSection.Selfie);
        foreach (var member in view.Members)
        {
            Need(member.Document is not null, ProfileSection.Document, member.Id);
            Need(member.Document?.Photo is not null, ProfileSection.DocumentPhoto, member.Id);
        }

        return missing;
    }
}
