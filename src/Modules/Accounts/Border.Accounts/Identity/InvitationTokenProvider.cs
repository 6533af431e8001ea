using Border.Accounts.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Border.Accounts.Identity;

/// <summary>
/// Staff invitation links live 72 hours. They carry the security stamp, which choosing the password (or a
/// new invitation) changes, so each link works once.
/// </summary>
internal sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtection,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<BorderUser>> logger)
    : DataProtectorTokenProvider<BorderUser>(dataProtection, options, logger)
{
    public const string ProviderName = "StaffInvitation";

    public const string Purpose = "AcceptStaffInvitation";
}

internal sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromHours(72);
    }
}
