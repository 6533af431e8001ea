using Border.Accounts.Contracts.Profile;

namespace Border.Web.Forms;

/// <summary>Three boxes for a date (GOV.UK date input); errors are found under <see cref="Name"/>.</summary>
public sealed record DateInput(string Name, string Legend, string Hint, DateParts Value, string Autocomplete = "off");
