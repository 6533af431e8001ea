using System.Globalization;

namespace Border.Scheduling.Rules;

/// <summary>
/// Scheduling:Allocation:Suspension, set from /admin/settings (rows in platform.settings, so every node reads it):
/// while <see cref="Suspended"/>, the scheduled draw skips its run and applicants cannot request.
/// </summary>
internal sealed class DrawSuspensionOptions
{
    public const string Section = "Scheduling:Allocation:Suspension";

    public bool Suspended { get; set; }

    public string ReasonEnglish { get; set; } = "";

    public string ReasonSpanish { get; set; } = "";

    /// <summary>The reason in the reader's language; null while the draw runs.</summary>
    public string? ReasonFor(CultureInfo culture) =>
        !Suspended ? null
        : culture.TwoLetterISOLanguageName == "es" && ReasonSpanish.Length > 0 ? ReasonSpanish
        : ReasonEnglish;
}
