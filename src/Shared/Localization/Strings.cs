namespace Border.Shared.Localization;

/// <summary>
/// Border's one text resource. English text is the key; Spanish lives in Strings.es.resx beside this file.
/// </summary>
public sealed class Strings;
