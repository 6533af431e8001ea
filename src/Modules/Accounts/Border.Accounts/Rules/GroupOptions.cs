namespace Border.Accounts.Rules;

internal sealed class GroupOptions
{
    public const string Section = "Accounts:Group";

    /// <summary>People who travel together, the applicant included.</summary>
    public int MaximumSize { get; set; } = DefaultMaximumSize;

    public const int DefaultMaximumSize = 8;
}
