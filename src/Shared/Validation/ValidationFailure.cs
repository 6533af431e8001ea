namespace Border.Shared.Validation;

/// <summary>
/// A field and what is wrong with it. The message is English text, the localization key, with
/// <see cref="Arguments"/> for its placeholders; the mediator puts it in the person's language.
/// </summary>
public sealed record ValidationFailure(string Field, string Message, params object[] Arguments);
