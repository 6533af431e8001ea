namespace Border.Web.Areas.Staff.Pages.Messages.Replies;

/// <summary>A saved reply as the supervisors' form posts it.</summary>
public sealed class ReplyForm
{
    public string? Title { get; set; }

    public string? English { get; set; }

    public string? Spanish { get; set; }
}
