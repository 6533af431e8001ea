namespace Border.Web.Composition.Throughput;

/// <summary>
/// A page that a signed-in applicant may be given again from memory (<see cref="RememberedPages"/>) while nothing it
/// shows has changed. Only for a page whose every word comes from the person's snapshot parts (Border.Shared.Snapshots),
/// the settings, the request (its address, cookies and language) and the clock, and which names the moment the clock
/// alone changes it (<see cref="ChangesAt"/>). A page that reads anything else from the database must not carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class RememberedPageAttribute : Attribute
{
    /// <summary>From <paramref name="at"/> on, the page reads differently by the clock alone (an offer's deadline passes): it is rendered again.</summary>
    public static void ChangesAt(HttpContext context, DateTimeOffset? at)
    {
        if (at is not { } moment)
        {
            return;
        }

        var freshness = context.Features.Get<PageFreshness>();
        if (freshness is null)
        {
            context.Features.Set(freshness = new PageFreshness());
        }

        if (moment < freshness.Until)
        {
            freshness.Until = moment;
        }
    }
}

/// <summary>The earliest moment a page said it changes by the clock alone.</summary>
internal sealed class PageFreshness
{
    public DateTimeOffset Until { get; set; } = DateTimeOffset.MaxValue;
}
