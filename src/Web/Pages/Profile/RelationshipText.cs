using Border.Accounts.Contracts.Profile;
using Border.Shared.Localization;
using Microsoft.Extensions.Localization;

namespace Border.Web.Pages.Profile;

internal static class RelationshipText
{
    public static string Name(string relationship, IStringLocalizer<Strings> text) => relationship switch
    {
        Relationships.Spouse => text["Spouse or partner"],
        Relationships.Child => text["Son or daughter"],
        Relationships.Parent => text["Mother or father"],
        Relationships.Sibling => text["Brother or sister"],
        Relationships.Grandparent => text["Grandmother or grandfather"],
        Relationships.Grandchild => text["Grandson or granddaughter"],
        Relationships.OtherRelative => text["Another relative"],
        _ => text["Companion, not related"],
    };
}
