using System.Globalization;

namespace Border.Notifications.Templates;

/// <summary>Reads resources in one person's language for a moment, then puts the previous language back.</summary>
internal readonly struct UiCulture : IDisposable
{
    private readonly CultureInfo previousUi;
    private readonly CultureInfo previous;

    public UiCulture(CultureInfo culture)
    {
        previousUi = CultureInfo.CurrentUICulture;
        previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = previousUi;
        CultureInfo.CurrentCulture = previous;
    }
}
