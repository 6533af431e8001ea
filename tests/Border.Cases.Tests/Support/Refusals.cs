using System.Globalization;
using Border.Shared.Validation;

namespace Border.Cases.Tests.Support;

public static class Refusals
{
    /// <summary>The field and message of every failure the request was refused with, in order.</summary>
    public static async Task<(string Field, string Message)[]> Of(Func<Task> send)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(send);
        return [.. refused.Failures.Select(f => (f.Field, f.Message))];
    }

    /// <summary>The one failure the request was refused with.</summary>
    public static async Task<(string Field, string Message)> OneOf(Func<Task> send) => Assert.Single(await Of(send));

    /// <summary>Runs with Spanish as the person's language, as the site does for a Spanish speaker's request.</summary>
    public static Task<T> InSpanish<T>(Func<Task<T>> act) => In("es", act);

    /// <summary>Runs with English as the person's language (the site's "en", not the invariant culture).</summary>
    public static Task<T> InEnglish<T>(Func<Task<T>> act) => In("en", act);

    private static async Task<T> In<T>(string culture, Func<Task<T>> act)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await act();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
