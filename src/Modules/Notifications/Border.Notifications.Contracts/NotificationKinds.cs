namespace Border.Notifications.Contracts;

/// <summary>Every kind of notification Border sends. Each has one template, in English and Spanish.</summary>
public static class NotificationKinds
{
    public const string Welcome = "welcome";
    public const string ConfirmEmail = "confirm-email";
    public const string ConfirmNewEmail = "confirm-new-email";
    public const string AccountExists = "account-exists";
    public const string PasswordReset = "password-reset";
    public const string StaffInvitation = "staff-invitation";
    public const string AppointmentRequested = "appointment-requested";
    public const string NotSelected = "not-selected";
    public const string AppointmentOffered = "appointment-offered";
    public const string DeadlineReminder = "deadline-reminder";
    public const string OfferExpired = "offer-expired";
    public const string AppointmentConfirmed = "appointment-confirmed";
    public const string AppointmentCancelled = "appointment-cancelled";
    public const string CaseReceived = "case-received";
    public const string CaseWithdrawn = "case-withdrawn";
    public const string CorrectionStarted = "case-correction-started";
    public const string CaseClosedNoAnswer = "case-closed-no-answer";
    public const string DocumentsReminder = "documents-reminder";
    public const string DocumentsReceived = "documents-received";
    public const string AppealReceived = "appeal-received";
    public const string CaseApproved = "case-approved";
    public const string CaseDeniedFinal = "case-denied-final";
    public const string DocumentsRequested = "documents-requested";
    public const string DecisionMade = "decision-made";
    public const string AppealSubmitted = "appeal-submitted";
    public const string AppealDecided = "appeal-decided";
    public const string NewMessage = "new-message";

    /// <summary>A new message in a conversation that is not about a case (a general question, an appointment).</summary>
    public const string NewMessageNoCase = "new-message-no-case";
    public const string PolicyUpdate = "policy-update";
}
