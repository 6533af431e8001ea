using Border.Messaging.Contracts;
using Border.Shared.Localization;
using Border.Shared.Validation;
using Microsoft.Extensions.Localization;

namespace Border.Web.Pages.Messages;

/// <summary>
/// The files of a message form (Input.File1 to Input.File3, plain inputs so the form works without script), opened
/// for the use case. A refused file is named by what the person chose, so they know which one to change.
/// </summary>
internal static class MessageFiles
{
    public static async Task<T> SendAsync<T>(IStringLocalizer<Strings> S, IReadOnlyList<IFormFile?> chosen, Func<IReadOnlyList<MessageFile>, Task<T>> send)
    {
        var streams = chosen.Select(f => f is null ? null : f.OpenReadStream()).ToList();
        try
        {
            return await send([.. chosen.Select((f, i) => new MessageFile(streams[i], f?.Length ?? 0))]);
        }
        catch (RequestValidationException refused)
        {
            throw new RequestValidationException(
                [.. refused.Failures.Select(f => Place(f.Field) is { } place ? f with { Message = $"{Name(S, chosen, place)}: {f.Message}" } : f)],
                refused.Localized);
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream?.Dispose();
            }
        }
    }

    private static int? Place(string field) =>
        field.StartsWith("File", StringComparison.Ordinal) && int.TryParse(field.AsSpan(4), out var place) ? place : null;

    private static string Name(IStringLocalizer<Strings> S, IReadOnlyList<IFormFile?> chosen, int place)
    {
        var name = place <= chosen.Count ? Path.GetFileName(chosen[place - 1]?.FileName ?? "") : "";
        return name.Length == 0 ? S["File {0}", place] : name.Length > 60 ? name[..60] + "…" : name;
    }
}
