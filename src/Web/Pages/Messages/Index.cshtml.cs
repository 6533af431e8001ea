using Border.Messaging.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Messages;

[Authorize(Policy = BorderAuthorization.Applicant)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ConversationList Conversations { get; private set; } = new([], null);

    public string TimeZone { get; private set; } = ReaderTimeZone.Staff;

    /// <summary>The keyset position of the next page: ticks of the last activity and the id, as "ticks_id".</summary>
    public async Task OnGetAsync([FromQuery] string? after)
    {
        Conversations = await mediator.Send(new ListMyConversations(User.Id(), Cursor(after)));
        TimeZone = await ReaderTimeZone.OfAsync(mediator, User);
    }

    public static string Position(ConversationCursor cursor) => $"{cursor.LastActivityAt.UtcTicks}_{cursor.Id:N}";

    private static ConversationCursor? Cursor(string? after) =>
        after?.Split('_') is [var ticks, var id] && long.TryParse(ticks, out var t) && t > 0 && t < DateTimeOffset.MaxValue.UtcTicks && Guid.TryParse(id, out var g)
            ? new ConversationCursor(new DateTimeOffset(t, TimeSpan.Zero), g)
            : null;
}
