using Border.Accounts.Contracts.Profile;

namespace Border.Web.Pages.Profile;

/// <summary>The order of the profile pages (GOV.UK: one question group per page, then check your answers).</summary>
internal static class ProfileFlow
{
    public const string CheckAnswers = "/profile";
    public const string Group = "/profile/group";

    private static readonly ProfileSection[] Order =
    [
        ProfileSection.Name, ProfileSection.Birth, ProfileSection.Nationality, ProfileSection.Contact,
        ProfileSection.CurrentLocation, ProfileSection.Destination, ProfileSection.Document, ProfileSection.DocumentPhoto,
        ProfileSection.Selfie,
    ];

    public static string PathOf(ProfileStep step) => step.Section switch
    {
        ProfileSection.Name => "/profile/name",
        ProfileSection.Birth => "/profile/birth",
        ProfileSection.Nationality => "/profile/nationality",
        ProfileSection.Contact => "/profile/contact",
        ProfileSection.CurrentLocation => "/profile/location",
        ProfileSection.Destination => "/profile/destination",
        ProfileSection.Document => $"/profile/documents/{step.TravellerId}",
        ProfileSection.DocumentPhoto => $"/profile/documents/{step.TravellerId}/photo",
        ProfileSection.Selfie => "/profile/selfie",
        _ => CheckAnswers,
    };

    /// <summary>
    /// Where "Continue" leads: back to check your answers when the person came from there, otherwise the next page
    /// of the applicant's own questions, then the group page. A group member's document leads back to the group.
    /// </summary>
    public static string After(ProfileSection section, Guid userId, Guid? travellerId, bool changing)
    {
        if (travellerId is { } member && member != userId)
        {
            return section == ProfileSection.Document ? PathOf(new ProfileStep(ProfileSection.DocumentPhoto, member)) : Group;
        }

        if (changing)
        {
            return CheckAnswers;
        }

        var next = Array.IndexOf(Order, section) + 1;
        return next < Order.Length ? PathOf(new ProfileStep(Order[next], userId)) : Group;
    }
}
