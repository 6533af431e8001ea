using Border.Accounts.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Border.Accounts.Identity;

/// <summary>Confirmation links live 24 hours; password-reset links, from the default provider, live 1 hour.</summary>
internal sealed class EmailConfirmationTokenProvider(
    IDataProtectionProvider dataProtection,
    IOptions<EmailConfirmationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<BorderUser>> logger)
    : DataProtectorTokenProvider<BorderUser>(dataProtection, options, logger)
{
    public const string ProviderName = "EmailConfirmation";
}

internal sealed class EmailConfirmationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public EmailConfirmationTokenProviderOptions()
    {
        Name = EmailConfirmationTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromHours(24);
    }
}
