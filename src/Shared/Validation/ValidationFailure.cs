namespace Border.Shared.Validation;

/// <summary>A field and what is wrong with it, already in the person's language.</summary>
public sealed record ValidationFailure(string Field, string Message);
