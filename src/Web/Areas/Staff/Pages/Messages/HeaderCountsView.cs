namespace Border.Web.Areas.Staff.Pages.Messages;

/// <summary>What the staff header's messages link shows; <see cref="Counts"/> is null when the database did not answer.</summary>
public sealed record HeaderCountsView(IReadOnlyDictionary<string, long>? Counts);
