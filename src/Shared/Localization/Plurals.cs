using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Border.Shared.Localization;

/// <summary>
/// Wherever a count meets a noun. A plural key holds its forms separated by '|', singular first
/// ("{0} person|{0} people"), and so does its Spanish value ("{0} persona|{0} personas"). English and Spanish
/// both say the singular for exactly one and the plural for everything else, zero included (CLDR "one" and
/// "other"; Spanish's "many" for round millions is not a count Border shows). A language with more forms adds
/// them in CLDR order and a case here.
/// </summary>
public static class Plurals
{
    public const char Separator = '|';

    /// <summary>The form for <paramref name="count"/>, formatted with the count as {0} and <paramref name="more"/> as {1}, {2}…</summary>
    public static string Plural(this IStringLocalizer S, string forms, long count, params object[] more)
    {
        var culture = CultureInfo.CurrentUICulture;
        var chosen = Form(S[forms].Value, count);
        return string.Format(culture, chosen, [count, .. more]);
    }

    /// <summary>The form of a '|'-separated value that <paramref name="count"/> takes.</summary>
    public static string Form(string forms, long count)
    {
        var all = forms.Split(Separator);
        return all[Math.Min(count == 1 ? 0 : 1, all.Length - 1)];
    }
}
