using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Profile;
using Mapster;

namespace Border.Accounts.Data;

/// <summary>
/// How Accounts' rows become the read models it answers with, projected in SQL by <c>ProjectToType</c>.
/// One per module, a singleton; a test compiles it and runs each projection on PostgreSQL.
/// </summary>
internal sealed class AccountsMappings : TypeAdapterConfig
{
    public AccountsMappings()
    {
        RequireExplicitMapping = true;
        RequireDestinationMemberSource = true;
        NewConfig<BorderUser, AccountStatus>()
            .Map(d => d.Email, s => s.Email!);
        NewConfig<BorderUser, EmailRecipient>()
            .Map(d => d.UserId, s => s.Id)
            .Map(d => d.Email, s => s.Email!)
            .Map(d => d.Culture, s => s.PreferredCulture);
        NewConfig<BorderUser, SchedulingFacts>()
            .Map(d => d.UserId, s => s.Id)
            .Map(d => d.Closed, s => s.ClosedAt != null)
            .Map(d => d.Disabled, s => s.DisabledAt != null);
        // Whether a thumbnail exists, never its bytes: the projection must not read the ciphertexts.
        NewConfig<StoredFile, FileView>()
            .Map(d => d.HasThumbnail, s => s.ThumbnailCiphertext != null && s.ViewCiphertext != null);
    }
}
