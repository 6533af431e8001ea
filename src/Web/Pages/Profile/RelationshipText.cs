using Border.Accounts.Contracts.Profile;
using Border.Shared.Localization;
using Microsoft.Extensions.Localization;

namespace Border.Web.Pages.Profile;

internal static class RelationshipText
{
    public static string Name(string relationship, IStringLocalizer<Strings> S) => relationship switch
    {
        Relationships.Spouse => S["Spouse or partner"],
        Relationships.Child => S["Son or daughter"],
        Relationships.Parent => S["Mother or father"],
        Relationships.Sibling => S["Brother or sister"],
        Relationships.Grandparent => S["Grandmother or grandfather"],
        Relationships.Grandchild => S["Grandson or granddaughter"],
        Relationships.OtherRelative => S["Another relative"],
        _ => S["Companion, not related"],
    };
}
