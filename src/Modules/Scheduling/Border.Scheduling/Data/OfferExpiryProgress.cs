namespace Border.Scheduling.Data;

/// <summary>
/// One row: every offer whose deadline is at or before <see cref="ToldThrough"/> has been told it expired. The
/// expiry job moves it forward instead of writing each row; rows at or before it may be closed at leisure.
/// </summary>
internal sealed class OfferExpiryProgress
{
    public const int SingleId = 1;

    public int Id { get; init; }

    public DateTimeOffset ToldThrough { get; set; }
}
