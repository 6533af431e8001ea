using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using Border.Shared.Audit;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.SavedReplies;

/// <summary>Both languages are required, so an officer never inserts an empty text for a Spanish-speaking applicant.</summary>
internal sealed class SaveSavedReplyHandler(MessagingDbContext db, TimeProvider clock) : IRequestHandler<SaveSavedReply, Guid?>
{
    public async Task<Guid?> Handle(SaveSavedReply request, CancellationToken cancellationToken)
    {
        var title = (request.Title ?? "").Trim();
        var english = Text(request.English);
        var spanish = Text(request.Spanish);
        var failures = new List<ValidationFailure>();
        if (title.Length == 0)
        {
            failures.Add(new ValidationFailure("Title", "Write a title."));
        }
        else if (title.Length > SavedReplyLimits.TitleMaxLength)
        {
            failures.Add(new ValidationFailure("Title", "The title must be at most {0} characters.", SavedReplyLimits.TitleMaxLength));
        }

        Check(failures, "English", english, "Write the reply in English.");
        Check(failures, "Spanish", spanish, "Write the reply in Spanish.");
        if (failures.Count > 0)
        {
            throw new RequestValidationException(failures);
        }

        var now = clock.GetUtcNow();
        SavedReply reply;
        object? before = null;
        if (request.Id is { } id)
        {
            var existing = await db.SavedReplies.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (existing is null)
            {
                return null;
            }

            before = new { existing.Title, existing.English, existing.Spanish };
            reply = existing;
            reply.Title = title;
            reply.English = english;
            reply.Spanish = spanish;
            reply.UpdatedAt = now;
        }
        else
        {
            reply = new SavedReply { Id = Guid.CreateVersion7(now), Title = title, English = english, Spanish = spanish, UpdatedAt = now };
            db.SavedReplies.Add(reply);
        }

        db.AddAuditEntry(
            now, request.ActorId, null, request.Id is null ? MessagingAuditActions.SavedReplyAdded : MessagingAuditActions.SavedReplyChanged,
            before, after: new { reply.Id, reply.Title, reply.English, reply.Spanish });
        await db.SaveChangesAsync(cancellationToken);
        return reply.Id;
    }

    private static string Text(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static void Check(List<ValidationFailure> failures, string field, string text, string missing)
    {
        if (text.Length == 0)
        {
            failures.Add(new ValidationFailure(field, missing));
        }
        else if (text.Length > MessageLimits.BodyMaxLength)
        {
            failures.Add(new ValidationFailure(field, "The message must be at most {0} characters.", MessageLimits.BodyMaxLength));
        }
    }
}
