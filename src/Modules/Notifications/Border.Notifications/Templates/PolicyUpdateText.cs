using System.Globalization;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Shared.Localization;

namespace Border.Notifications.Templates;

/// <summary>A policy update speaks in the words its author wrote for each language.</summary>
internal static class PolicyUpdateText
{
    public const string Topic = EmailTopics.PolicyUpdates;

    public static string LinkTo(Guid id) => $"/policy-updates/{id}";

    public static RenderedNotification Render(PolicyUpdate update, CultureInfo culture) =>
        Cultures.IsEnglish(culture)
            ? new RenderedNotification(update.TitleEnglish, update.BodyEnglish, LinkTo(update.Id))
            : new RenderedNotification(update.TitleSpanish, update.BodySpanish, LinkTo(update.Id));
}
