using Border.Notifications.Contracts;

namespace Border.Notifications.Templates;

internal static class NotificationTemplates
{
    private const string Zone = "America/Los_Angeles";

    private static readonly NotificationArgument Port = NotificationArgument.Of("San Ysidro");

    private static readonly NotificationArgument Slot = NotificationArgument.Moment(new(2026, 12, 8, 16, 30, 0, TimeSpan.Zero), Zone);

    private static readonly NotificationArgument Deadline = NotificationArgument.Moment(new(2026, 11, 25, 16, 0, 0, TimeSpan.Zero), Zone);

    private static readonly NotificationArgument Reference = NotificationArgument.Of("BRD-7K3M-Q9TX");

    private static readonly NotificationArgument Link = NotificationArgument.PageOnSite("/account/confirm-email?user=sample&code=sample");

    private static readonly NotificationTemplate[] All =
    [
        new(NotificationKinds.Welcome,
            "Welcome to Border",
            "Your account is ready. Next, fill in your profile and add the people who travel with you.",
            "Your account is ready.",
            "/",
            Placeholders())
        { Emailed = false },
        new(NotificationKinds.ConfirmEmail,
            "Confirm your email address",
            "Welcome to Border. To confirm this address for your account, open this link within 24 hours: {link} If you did not create an account, ignore this email.",
            "Open Border and ask for a new confirmation link.",
            "/",
            Placeholders((NotificationArguments.Link, Link)))
        { InInbox = false },
        new(NotificationKinds.AccountExists,
            "You already have a Border account",
            "Someone, probably you, tried to create a Border account with this address, which already has one. Sign in here: {link} If you forgot your password, choose a new one from the sign-in page. If it was not you, you can ignore this email: nothing was changed.",
            "Sign in to Border with this address.",
            "/account/sign-in",
            Placeholders(("link", NotificationArgument.PageOnSite("/account/sign-in"))))
        { InInbox = false },
        new(NotificationKinds.ConfirmNewEmail,
            "Confirm your new email address",
            "To use this address for your Border account, open this link within 24 hours: {link} Until then your account keeps its current address. If you did not ask for this, ignore this email.",
            "Open Border and ask again to change your email address.",
            "/account/email",
            Placeholders((NotificationArguments.Link, Link)))
        { InInbox = false },
        new(NotificationKinds.PasswordReset,
            "Choose a new password",
            "To choose a new Border password, open this link within 1 hour; it works once: {link} If you did not ask for this, ignore this email. Your password has not changed.",
            "Open Border and ask for a new password reset link.",
            "/account/sign-in",
            Placeholders((NotificationArguments.Link, Link)))
        { InInbox = false },
        new(NotificationKinds.StaffInvitation,
            "You are invited to Border",
            "An administrator created a Border staff account for you with the role {role}. Open this link within 72 hours to choose your password, then set up your authenticator app: {link}",
            "An administrator created a Border staff account for you. Ask them for a new invitation link.",
            "/account/sign-in",
            Placeholders((NotificationArguments.Role, NotificationArgument.Translated("Officer")), (NotificationArguments.Link, Link)))
        { InInbox = false },
        new(NotificationKinds.AppointmentRequested,
            "We received your appointment request",
            "Your request for an appointment at {port} is in the draw of {drawAt}. You will be told the result then.",
            "Your appointment request is in the next draw. You will be told the result.",
            "/appointments",
            Placeholders((NotificationArguments.Port, Port), (NotificationArguments.DrawAt, Deadline)))
        { OptionalTopic = EmailTopics.Updates },
        new(NotificationKinds.NotSelected,
            "No appointment this time",
            "Your request for {port} was not selected in the draw of {drawDay}. You can request again in the next window.",
            "Your request was not selected in the last draw. You can request again in the next window.",
            "/appointments",
            Placeholders((NotificationArguments.Port, Port), (NotificationArguments.DrawDay, NotificationArgument.Date(new DateOnly(2026, 11, 24)))))
        { OptionalTopic = EmailTopics.Updates },
        new(NotificationKinds.AppointmentOffered,
            "You have an appointment to confirm",
            "You have been offered an appointment at {port} on {slot}. Confirm it before {deadline} or it goes to someone else.",
            "You have been offered an appointment. Open Border to see it and confirm it before the deadline.",
            "/appointments",
            Placeholders((NotificationArguments.Port, Port), (NotificationArguments.Slot, Slot), (NotificationArguments.Deadline, Deadline))),
        new(NotificationKinds.DeadlineReminder,
            "Confirm your appointment before the deadline",
            "Your appointment at {port} on {slot} is not confirmed yet. The deadline is {deadline}.",
            "Your offered appointment is not confirmed yet. Open Border to confirm it before the deadline.",
            "/appointments",
            Placeholders((NotificationArguments.Port, Port), (NotificationArguments.Slot, Slot), (NotificationArguments.Deadline, Deadline))),
        new(NotificationKinds.OfferExpired,
            "Your appointment offer expired",
            "The appointment at {port} on {slot} was not confirmed by {deadline} and was released. You can request a new appointment.",
            "Your appointment offer was not confirmed in time and was released. You can request a new appointment.",
            "/appointments",
            Placeholders((NotificationArguments.Port, Port), (NotificationArguments.Slot, Slot), (NotificationArguments.Deadline, Deadline))),
        new(NotificationKinds.AppointmentConfirmed,
            "Your appointment is confirmed",
            "Your appointment at {port} on {slot} is confirmed. Your confirmation number is {confirmationNumber}. Be at {address} by {arriveBy}. Map: {map} What to bring on the day: {whatToBring}",
            "Your appointment is confirmed. Open Border to see its details and confirmation number.",
            "/appointments",
            Placeholders(
                (NotificationArguments.Port, Port), (NotificationArguments.Slot, Slot), (NotificationArguments.ConfirmationNumber, NotificationArgument.Of("SY-20261208-4821")),
                (NotificationArguments.Address, NotificationArgument.Of("720 East San Ysidro Blvd, San Diego, CA 92173")),
                (NotificationArguments.ArriveBy, NotificationArgument.Moment(new(2026, 12, 8, 15, 30, 0, TimeSpan.Zero), Zone)),
                (NotificationArguments.Map, NotificationArgument.Of("https://www.google.com/maps/search/?api=1&query=32.54333%2C-117.02972")),
                (NotificationArguments.WhatToBring, NotificationArgument.PageOnSite("/requirements/what-to-bring")))),
        new(NotificationKinds.AppointmentCancelled,
            "Your appointment was cancelled",
            "Your appointment at {port} on {slot} was cancelled: {reason} Open Border to see what you can do next.",
            "Your appointment was cancelled. Open Border to see why and what you can do next.",
            "/appointments",
            Placeholders((NotificationArguments.Port, Port), (NotificationArguments.Slot, Slot), (NotificationArguments.Reason, NotificationArgument.Translated("The port closed that day.")))),
        new(NotificationKinds.CaseReceived,
            "We received your information",
            "Your information was received. Your reference number is {referenceNumber}. Keep it: officers will ask for it.",
            "Your information was received. Open Border to see your reference number.",
            "/cases",
            Placeholders((NotificationArguments.ReferenceNumber, Reference))),
        new(NotificationKinds.CaseWithdrawn,
            "Your case was withdrawn",
            "You withdrew case {referenceNumber}. Nothing more will happen with it. You can start a new case at any time.",
            "You withdrew a case. You can start a new case at any time.",
            "/cases",
            Placeholders((NotificationArguments.ReferenceNumber, Reference))),
        new(NotificationKinds.CorrectionStarted,
            "An officer started a correction of your record",
            "At the port, an officer found that something in your record does not match your documents and started a correction for you. Open it in My cases, check what it says, add the evidence and send it.",
            "An officer started a correction of your record. Open My cases to finish and send it.",
            "/cases",
            Placeholders()),
        new(NotificationKinds.CaseClosedNoAnswer,
            "Your case was closed: no answer",
            "Case {referenceNumber} was closed because the documents an officer asked for did not arrive by the deadline. You can start a new case at any time.",
            "A case was closed because the documents asked for did not arrive in time. You can start a new case.",
            "/cases",
            Placeholders((NotificationArguments.ReferenceNumber, Reference))),
        new(NotificationKinds.DocumentsReminder,
            "Send the documents an officer asked for",
            "An officer is still waiting for documents for case {referenceNumber}. Send them by {dueDay}, or the case will be closed.",
            "An officer is still waiting for documents from you. Open your case to send them before the deadline.",
            "/cases",
            Placeholders((NotificationArguments.ReferenceNumber, Reference), ("dueDay", NotificationArgument.Date(new DateOnly(2026, 12, 1))))),
        new(NotificationKinds.DocumentsReceived,
            "We received your documents",
            "Your answer for case {referenceNumber} was received. The officer will review it.",
            "Your documents were received. The officer will review them.",
            "/cases",
            Placeholders((NotificationArguments.ReferenceNumber, Reference)))
        { OptionalTopic = EmailTopics.Updates },
        new(NotificationKinds.AppealReceived,
            "We received your appeal",
            "Your appeal of the decision on case {referenceNumber} was received. A supervisor who did not make the decision will review it.",
            "Your appeal was received. A supervisor will review it.",
            "/cases",
            Placeholders((NotificationArguments.ReferenceNumber, Reference))),
        new(NotificationKinds.CaseApproved,
            "Your case was approved",
            "Case {referenceNumber} was approved. Open your case to read the decision.",
            "A case of yours was approved. Open it to read the decision.",
            "/cases",
            Placeholders((NotificationArguments.ReferenceNumber, Reference))),
        new(NotificationKinds.CaseDeniedFinal,
            "A decision was made on your case",
            "Case {referenceNumber} was denied. Reason: {reasons} This decision cannot be appealed. You can start a new case at any time.",
            "A decision was made on your case. Open your case to read it and the reasons.",
            "/cases",
            Placeholders((NotificationArguments.ReferenceNumber, Reference), ("reasons", NotificationArgument.Translated("The identity document could not be verified.")))),
        new(NotificationKinds.DocumentsRequested,
            "An officer needs more documents",
            "An officer reviewing case {referenceNumber} needs more documents from you. Open your case to see which ones, and upload them by {dueDay}.",
            "An officer needs more documents from you. Open your case to see which ones.",
            "/cases",
            Placeholders((NotificationArguments.ReferenceNumber, Reference), (NotificationArguments.DueDay, NotificationArgument.Date(new DateOnly(2026, 12, 1))))),
        new(NotificationKinds.DecisionMade,
            "A decision was made on your case",
            "The decision on case {referenceNumber} is: {decision} Reasons: {reasons} If you disagree, you can appeal from your case page until {appealBy}.",
            "A decision was made on your case. Open your case to read it, the reasons and how to appeal.",
            "/cases",
            Placeholders(
                (NotificationArguments.ReferenceNumber, Reference),
                (NotificationArguments.Decision, NotificationArgument.Translated("Denied.")),
                (NotificationArguments.Reasons, NotificationArgument.Translated("The identity document could not be verified.")),
                (NotificationArguments.AppealBy, NotificationArgument.Date(new DateOnly(2026, 12, 22))))),
        new(NotificationKinds.AppealSubmitted,
            "An appeal is waiting for review",
            "Case {referenceNumber} has a new appeal to review.",
            "A case has a new appeal to review.",
            "/staff",
            Placeholders((NotificationArguments.ReferenceNumber, Reference)))
        { OptionalTopic = EmailTopics.Messages },
        new(NotificationKinds.AppealDecided,
            "Your appeal was decided",
            "The appeal on case {referenceNumber} was decided: {outcome} Open your case to read the reasons.",
            "Your appeal was decided. Open your case to read the outcome and the reasons.",
            "/cases",
            Placeholders((NotificationArguments.ReferenceNumber, Reference), (NotificationArguments.Outcome, NotificationArgument.Translated("The decision was reversed.")))),
        new(NotificationKinds.NewMessage,
            "You have a new message",
            "You have a new message about case {referenceNumber}. Open it in Border to read it and reply.",
            "You have a new message. Open it in Border to read it and reply.",
            "/messages",
            Placeholders((NotificationArguments.ReferenceNumber, Reference)))
        { OptionalTopic = EmailTopics.Messages },
        new(NotificationKinds.NewMessageNoCase,
            "You have a new message",
            "An officer answered your message. Open it in Border to read it and reply.",
            "You have a new message. Open it in Border to read it and reply.",
            "/messages",
            Placeholders())
        { OptionalTopic = EmailTopics.Messages },
    ];

    private static readonly Dictionary<string, NotificationTemplate> ByKind = All.ToDictionary(t => t.Kind, StringComparer.Ordinal);

    /// <summary>A kind this version does not know still shows, with a neutral text, rather than break the inbox.</summary>
    private static readonly NotificationTemplate Unknown = new(
        "unknown", "Update about your account", "Open Border to see what changed.", "Open Border to see what changed.", "/", Placeholders());

    public static IReadOnlyCollection<string> Kinds => ByKind.Keys;

    public static IReadOnlyList<NotificationTemplate> Templates => All;

    public static NotificationTemplate For(string kind) => ByKind.GetValueOrDefault(kind, Unknown);

    public static bool IsKnown(string kind) => ByKind.ContainsKey(kind) || kind == NotificationKinds.PolicyUpdate;

    private static Dictionary<string, NotificationArgument> Placeholders(params (string Name, NotificationArgument Value)[] placeholders) =>
        placeholders.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
