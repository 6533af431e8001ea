using System.Globalization;
using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Profile;
using Border.Cases.Contracts;

namespace Border.Cases.Features.Checks;

/// <summary>A check's finding before it is stored: explanations are English keys with their arguments.</summary>
internal sealed record Finding(CheckKind Check, Guid? TravellerId, bool Hit, string Explanation, string[] Arguments, double? Score = null);

/// <summary>The checks that need no database of their own: document validity, duplicates found by Accounts, minors.</summary>
internal static class CheckFindings
{
    public static IEnumerable<Finding> DocumentValidity(IReadOnlyList<Traveller> travellers, DateOnly day)
    {
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var t in travellers)
        {
            if (t.Document is null)
            {
                yield return new(CheckKind.DocumentValid, t.Id, true, "{0} has no identity document in the profile.", [t.Name]);
            }
            else if (t.Document.ExpiresOn is { } expires && expires < day)
            {
                yield return new(CheckKind.DocumentValid, t.Id, true, "{0}'s document expires on {1}, before {2}.",
                    [t.Name, expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), dayText]);
            }
            else
            {
                yield return new(CheckKind.DocumentValid, t.Id, false, "{0}'s document is valid on {1}.", [t.Name, dayText]);
            }
        }
    }

    public static IEnumerable<Finding> Duplicates(IReadOnlyList<Traveller> travellers, IReadOnlyList<DocumentHolder> holders)
    {
        var any = false;
        foreach (var t in travellers.Where(t => t.Document is not null))
        {
            var number = t.Document!.Number.Trim().ToUpperInvariant();
            foreach (var holder in holders.Where(h => h.Number == number && string.Equals(h.IssuingCountry, t.Document.IssuingCountry, StringComparison.OrdinalIgnoreCase)))
            {
                any = true;
                yield return new(CheckKind.DuplicateDocument, t.Id, true, "Another account ({0}) holds the same document as {1}: {2}, {3}.",
                    [holder.OwnerId.ToString(), t.Name, number, holder.IssuingCountry]);
            }
        }

        if (!any)
        {
            yield return new(CheckKind.DuplicateDocument, null, false, "No other account holds these documents.", []);
        }
    }

    /// <summary>A minor with nobody in the group who is their parent: the applicant for their children, or a member who is the applicant's parent.</summary>
    public static IEnumerable<Finding> UnaccompaniedMinors(IReadOnlyList<Traveller> travellers, DateOnly day)
    {
        var applicant = travellers[0];
        var any = false;
        foreach (var t in travellers.Where(t => t.IsMinorOn(day)))
        {
            var guarded = t == applicant
                ? travellers.Any(m => m.Relationship == Relationships.Parent && !m.IsMinorOn(day))
                : t.Relationship == Relationships.Child && !applicant.IsMinorOn(day);
            if (!guarded)
            {
                any = true;
                yield return new(CheckKind.UnaccompaniedMinor, t.Id, true, "{0} is under 18 and travels without a parent or guardian in the group.", [t.Name]);
            }
        }

        if (!any)
        {
            yield return new(CheckKind.UnaccompaniedMinor, null, false, "Every minor in the group travels with a parent.", []);
        }
    }
}
