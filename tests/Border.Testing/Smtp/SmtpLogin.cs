using System.Text;

namespace Border.Testing.Smtp;

/// <summary>The server's side of AUTH LOGIN and AUTH PLAIN (RFC 4954), the mechanisms MailKit and most clients speak.</summary>
internal static class SmtpLogin
{
    /// <returns>Whether the client proved the name and password.</returns>
    public static async Task<bool> RunAsync(
        string argument,
        (string UserName, string Password) expected,
        SmtpLineReader reader,
        Func<string, CancellationToken, Task> reply,
        CancellationToken stopping)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var mechanism = words.FirstOrDefault()?.ToUpperInvariant();
        string? userName;
        string? password;
        if (mechanism == "LOGIN")
        {
            userName = words.Length > 1 ? Decode(words[1]) : await AskAsync("334 VXNlcm5hbWU6");
            password = await AskAsync("334 UGFzc3dvcmQ6");
        }
        else if (mechanism == "PLAIN")
        {
            var parts = (words.Length > 1 ? Decode(words[1]) : await AskAsync("334 "))?.Split('\0');
            (userName, password) = parts is { Length: 3 } ? (parts[1], parts[2]) : (null, null);
        }
        else
        {
            await reply("504 5.5.4 Unrecognized authentication type", stopping);
            return false;
        }

        var ok = userName == expected.UserName && password == expected.Password;
        await reply(ok ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid", stopping);
        return ok;

        async Task<string?> AskAsync(string challenge)
        {
            await reply(challenge, stopping);
            return Decode(await reader.ReadLineAsync(stopping) ?? string.Empty);
        }
    }

    private static string? Decode(string base64)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
