namespace Border.Notifications.Contracts;

/// <summary>
/// The names of a notification's arguments. A module that writes one and the template that reads it must
/// agree, so both use these names.
/// </summary>
public static class NotificationArguments
{
    public const string Link = "link";
    public const string Role = "role";
    public const string Port = "port";
    public const string Slot = "slot";
    public const string Deadline = "deadline";
    public const string DrawAt = "drawAt";
    public const string DrawDay = "drawDay";
    public const string Reason = "reason";
    public const string ConfirmationNumber = "confirmationNumber";
    public const string ReferenceNumber = "referenceNumber";
    public const string DueDay = "dueDay";
    public const string Reasons = "reasons";
    public const string Decision = "decision";
    public const string Outcome = "outcome";
    public const string AppealBy = "appealBy";
    public const string Address = "address";
    public const string ArriveBy = "arriveBy";
    public const string Map = "map";
    public const string WhatToBring = "whatToBring";
}
